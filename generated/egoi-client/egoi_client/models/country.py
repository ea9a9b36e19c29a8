from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Country")


@_attrs_define
class Country:
    """A country.

    Attributes:
        country (int | Unset): Numeric ID of the country. Unconfirmed: the reference does not describe this field.
        name (str | Unset): Name of the country.
        iso_code (str | Unset): ISO 3166-1 alpha-2 code (e.g. `PT`).
        currency (str | Unset): Currency of the country (e.g. `EUR`).
        country_code (str | Unset): Calling code of the country (e.g. `351`).
    """

    country: int | Unset = UNSET
    name: str | Unset = UNSET
    iso_code: str | Unset = UNSET
    currency: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        name = self.name

        iso_code = self.iso_code

        currency = self.currency

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if name is not UNSET:
            field_dict["name"] = name
        if iso_code is not UNSET:
            field_dict["iso_code"] = iso_code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        name = d.pop("name", UNSET)

        iso_code = d.pop("iso_code", UNSET)

        currency = d.pop("currency", UNSET)

        country_code = d.pop("country_code", UNSET)

        country = cls(
            country=country,
            name=name,
            iso_code=iso_code,
            currency=currency,
            country_code=country_code,
        )

        country.additional_properties = d
        return country

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
