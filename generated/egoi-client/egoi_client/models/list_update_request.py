from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListUpdateRequest")


@_attrs_define
class ListUpdateRequest:
    """The list fields to change.

    Attributes:
        internal_name (str | Unset): Internal name of the list
        public_name (str | Unset): Public name of the list
        group_id (int | Unset): A numeric E-goi id (`ID`).
    """

    internal_name: str | Unset = UNSET
    public_name: str | Unset = UNSET
    group_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_name = self.internal_name

        public_name = self.public_name

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if public_name is not UNSET:
            field_dict["public_name"] = public_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        internal_name = d.pop("internal_name", UNSET)

        public_name = d.pop("public_name", UNSET)

        group_id = d.pop("group_id", UNSET)

        list_update_request = cls(
            internal_name=internal_name,
            public_name=public_name,
            group_id=group_id,
        )

        list_update_request.additional_properties = d
        return list_update_request

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
