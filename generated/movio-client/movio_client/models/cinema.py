from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Cinema")


@_attrs_define
class Cinema:
    """A cinema (site) of the exhibitor.

    Attributes:
        cinema_id (str): The exhibitor's id of the cinema.
        name (str): The name of the cinema.
        timezone (str): An IANA time zone name.
        tags (list[str] | Unset): Free tags of the record, at most 10.
    """

    cinema_id: str
    name: str
    timezone: str
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cinema_id = self.cinema_id

        name = self.name

        timezone = self.timezone

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cinema_id": cinema_id,
                "name": name,
                "timezone": timezone,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cinema_id = d.pop("cinema_id")

        name = d.pop("name")

        timezone = d.pop("timezone")

        tags = cast(list[str], d.pop("tags", UNSET))

        cinema = cls(
            cinema_id=cinema_id,
            name=name,
            timezone=timezone,
            tags=tags,
        )

        cinema.additional_properties = d
        return cinema

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
