from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactAdvertising")


@_attrs_define
class ContactAdvertising:
    """The contact's advertising click ids.

    Attributes:
        gclid (str | Unset): Google click id.
        msclkid (str | Unset): Microsoft click id.
        fbclid (str | Unset): Facebook click id.
    """

    gclid: str | Unset = UNSET
    msclkid: str | Unset = UNSET
    fbclid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gclid = self.gclid

        msclkid = self.msclkid

        fbclid = self.fbclid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gclid is not UNSET:
            field_dict["gclid"] = gclid
        if msclkid is not UNSET:
            field_dict["msclkid"] = msclkid
        if fbclid is not UNSET:
            field_dict["fbclid"] = fbclid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gclid = d.pop("gclid", UNSET)

        msclkid = d.pop("msclkid", UNSET)

        fbclid = d.pop("fbclid", UNSET)

        contact_advertising = cls(
            gclid=gclid,
            msclkid=msclkid,
            fbclid=fbclid,
        )

        contact_advertising.additional_properties = d
        return contact_advertising

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
