from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushAppOwnerList")


@_attrs_define
class PushAppOwnerList:
    """The list a push app belongs to.

    Attributes:
        id (int | Unset): ID of the list.
        internal_name (str | Unset): Internal name of the list.
    """

    id: int | Unset = UNSET
    internal_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        internal_name = self.internal_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        internal_name = d.pop("internal_name", UNSET)

        push_app_owner_list = cls(
            id=id,
            internal_name=internal_name,
        )

        push_app_owner_list.additional_properties = d
        return push_app_owner_list

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
