from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackEngageDomain")


@_attrs_define
class TrackEngageDomain:
    """A domain tracked by Track&Engage.

    Attributes:
        domain (str | Unset): The domain, without protocol.
        list_id (int | Unset): A numeric E-goi id (`ID`).
        status (str | Unset): Status of the domain (e.g. `active`).
    """

    domain: str | Unset = UNSET
    list_id: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        list_id = self.list_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)

        list_id = d.pop("list_id", UNSET)

        status = d.pop("status", UNSET)

        track_engage_domain = cls(
            domain=domain,
            list_id=list_id,
            status=status,
        )

        track_engage_domain.additional_properties = d
        return track_engage_domain

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
