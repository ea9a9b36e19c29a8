from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Catalog")


@_attrs_define
class Catalog:
    """A product catalog. Unconfirmed: which of `catalog_id`, `created` and `updated` are always present is not documented;
    they are optional here.

        Attributes:
            title (str): Title of the catalog.
            language (str): Language of the catalog.
            currency (str): Currency of the catalog.
            catalog_id (int | Unset): A numeric E-goi id (`ID`).
            created (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
            updated (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
    """

    title: str
    language: str
    currency: str
    catalog_id: int | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        language = self.language

        currency = self.currency

        catalog_id = self.catalog_id

        created = self.created

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "language": language,
                "currency": currency,
            }
        )
        if catalog_id is not UNSET:
            field_dict["catalog_id"] = catalog_id
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        language = d.pop("language")

        currency = d.pop("currency")

        catalog_id = d.pop("catalog_id", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        catalog = cls(
            title=title,
            language=language,
            currency=currency,
            catalog_id=catalog_id,
            created=created,
            updated=updated,
        )

        catalog.additional_properties = d
        return catalog

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
