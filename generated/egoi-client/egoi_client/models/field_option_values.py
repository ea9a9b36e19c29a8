from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldOptionValues")


@_attrs_define
class FieldOptionValues:
    """The value of a field option in each language.

    Attributes:
        en (str | Unset): English option value
        pt (str | Unset): Portuguese option value
        br (str | Unset): Brazilian portuguese option value
        es (str | Unset): Spanish option value
        de (str | Unset): German option value
        hu (str | Unset): Hungarian option value
        fr (str | Unset): French option value
    """

    en: str | Unset = UNSET
    pt: str | Unset = UNSET
    br: str | Unset = UNSET
    es: str | Unset = UNSET
    de: str | Unset = UNSET
    hu: str | Unset = UNSET
    fr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        en = self.en

        pt = self.pt

        br = self.br

        es = self.es

        de = self.de

        hu = self.hu

        fr = self.fr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if en is not UNSET:
            field_dict["en"] = en
        if pt is not UNSET:
            field_dict["pt"] = pt
        if br is not UNSET:
            field_dict["br"] = br
        if es is not UNSET:
            field_dict["es"] = es
        if de is not UNSET:
            field_dict["de"] = de
        if hu is not UNSET:
            field_dict["hu"] = hu
        if fr is not UNSET:
            field_dict["fr"] = fr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        en = d.pop("en", UNSET)

        pt = d.pop("pt", UNSET)

        br = d.pop("br", UNSET)

        es = d.pop("es", UNSET)

        de = d.pop("de", UNSET)

        hu = d.pop("hu", UNSET)

        fr = d.pop("fr", UNSET)

        field_option_values = cls(
            en=en,
            pt=pt,
            br=br,
            es=es,
            de=de,
            hu=hu,
            fr=fr,
        )

        field_option_values.additional_properties = d
        return field_option_values

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
