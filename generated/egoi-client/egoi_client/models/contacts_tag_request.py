from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactsTagRequest")


@_attrs_define
class ContactsTagRequest:
    """A tag and the contacts to attach it to or detach it from.

    Attributes:
        contacts (list[str]): Array of contact IDs to attach (or detach) the tag
        tag_id (int): A numeric E-goi id (`ID`).
    """

    contacts: list[str]
    tag_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = self.contacts

        tag_id = self.tag_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
                "tag_id": tag_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contacts = cast(list[str], d.pop("contacts"))

        tag_id = d.pop("tag_id")

        contacts_tag_request = cls(
            contacts=contacts,
            tag_id=tag_id,
        )

        contacts_tag_request.additional_properties = d
        return contacts_tag_request

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
