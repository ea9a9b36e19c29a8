from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CName")


@_attrs_define
class CName:
    """A CNAME of the account.

    Attributes:
        cname_id (int | Unset): A numeric E-goi id (`ID`).
        value (str | Unset): CName value.
        status (str | Unset): Status of the CNAME (e.g. `verified`). Unconfirmed: the other values are not documented;
            any string is accepted.
    """

    cname_id: int | Unset = UNSET
    value: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cname_id = self.cname_id

        value = self.value

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cname_id is not UNSET:
            field_dict["cname_id"] = cname_id
        if value is not UNSET:
            field_dict["value"] = value
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cname_id = d.pop("cname_id", UNSET)

        value = d.pop("value", UNSET)

        status = d.pop("status", UNSET)

        c_name = cls(
            cname_id=cname_id,
            value=value,
            status=status,
        )

        c_name.additional_properties = d
        return c_name

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
