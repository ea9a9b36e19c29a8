from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnableTrackEngageRequest")


@_attrs_define
class EnableTrackEngageRequest:
    """The website to enable Track&Engage on (`Parameters for the Tracking&Engage`).

    Attributes:
        domain (str): Website's Domain without protocol.
        list_id (int | str | Unset): The ID of a list, as an integer or as a string of digits. Unconfirmed: the
            reference documents one type and shows the other in its sample, so both are accepted.
    """

    domain: str
    list_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        list_id: int | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
            }
        )
        if list_id is not UNSET:
            field_dict["list_id"] = list_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        def _parse_list_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        list_id = _parse_list_id(d.pop("list_id", UNSET))

        enable_track_engage_request = cls(
            domain=domain,
            list_id=list_id,
        )

        enable_track_engage_request.additional_properties = d
        return enable_track_engage_request

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
