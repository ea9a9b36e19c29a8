from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactSearchResult")


@_attrs_define
class ContactSearchResult:
    """A contact found, and the list it is in.

    Attributes:
        contact_id (str | Unset): A contact id, ten hexadecimal characters.
        list_id (int | Unset): A numeric E-goi id (`ID`).
    """

    contact_id: str | Unset = UNSET
    list_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        list_id = self.list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = d.pop("contact_id", UNSET)

        list_id = d.pop("list_id", UNSET)

        contact_search_result = cls(
            contact_id=contact_id,
            list_id=list_id,
        )

        contact_search_result.additional_properties = d
        return contact_search_result

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
