from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberPreferences")


@_attrs_define
class MemberPreferences:
    """The member's preferences.

    Attributes:
        cinema_ids (list[str] | Unset): The ids of the member's preferred cinemas.
        genres (list[str] | Unset): The member's preferred film genres.
    """

    cinema_ids: list[str] | Unset = UNSET
    genres: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cinema_ids: list[str] | Unset = UNSET
        if not isinstance(self.cinema_ids, Unset):
            cinema_ids = self.cinema_ids

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cinema_ids is not UNSET:
            field_dict["cinema_ids"] = cinema_ids
        if genres is not UNSET:
            field_dict["genres"] = genres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cinema_ids = cast(list[str], d.pop("cinema_ids", UNSET))

        genres = cast(list[str], d.pop("genres", UNSET))

        member_preferences = cls(
            cinema_ids=cinema_ids,
            genres=genres,
        )

        member_preferences.additional_properties = d
        return member_preferences

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
