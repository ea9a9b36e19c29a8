from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactAddress")


@_attrs_define
class ContactAddress:
    """The contact's postal address.

    Attributes:
        region (str | Unset): The region.
        town (str | Unset): The town.
        address (str | Unset): The street address.
        postcode (str | Unset): The postcode.
    """

    region: str | Unset = UNSET
    town: str | Unset = UNSET
    address: str | Unset = UNSET
    postcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        town = self.town

        address = self.address

        postcode = self.postcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region is not UNSET:
            field_dict["region"] = region
        if town is not UNSET:
            field_dict["town"] = town
        if address is not UNSET:
            field_dict["address"] = address
        if postcode is not UNSET:
            field_dict["postcode"] = postcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region = d.pop("region", UNSET)

        town = d.pop("town", UNSET)

        address = d.pop("address", UNSET)

        postcode = d.pop("postcode", UNSET)

        contact_address = cls(
            region=region,
            town=town,
            address=address,
            postcode=postcode,
        )

        contact_address.additional_properties = d
        return contact_address

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
