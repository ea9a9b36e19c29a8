from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact of a contact list: an email address plus any further string attributes useful
    for targeting campaigns (first name, last name, latest purchase date, ...).

        Attributes:
            email (str): A generic email address. Addresses are not validated when they are uploaded. Signals from
                the receiving side when sending sort invalid addresses into `soft_bounce` (temporarily
                unavailable; a soft bounce that repeats becomes a hard bounce) or `hard_bounce`
                (permanently unavailable: the address is marked invalid and no longer used; only Movio
                support can reverse it).
    """

    email: str
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        contact = cls(
            email=email,
        )

        contact.additional_properties = d
        return contact

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
