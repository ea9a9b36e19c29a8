from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Film")


@_attrs_define
class Film:
    """A film shown by the exhibitor.

    Attributes:
        film_id (str): The exhibitor's id of the film.
        title (str): The title of the film.
        distributor (str | Unset): The film's distributor.
        rating (str | Unset): The film's classification rating.
        opening_date (datetime.date | Unset): The film's opening date.
        genres (list[str] | Unset): The film's genres.
    """

    film_id: str
    title: str
    distributor: str | Unset = UNSET
    rating: str | Unset = UNSET
    opening_date: datetime.date | Unset = UNSET
    genres: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        film_id = self.film_id

        title = self.title

        distributor = self.distributor

        rating = self.rating

        opening_date: str | Unset = UNSET
        if not isinstance(self.opening_date, Unset):
            opening_date = self.opening_date.isoformat()

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "film_id": film_id,
                "title": title,
            }
        )
        if distributor is not UNSET:
            field_dict["distributor"] = distributor
        if rating is not UNSET:
            field_dict["rating"] = rating
        if opening_date is not UNSET:
            field_dict["opening_date"] = opening_date
        if genres is not UNSET:
            field_dict["genres"] = genres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        film_id = d.pop("film_id")

        title = d.pop("title")

        distributor = d.pop("distributor", UNSET)

        rating = d.pop("rating", UNSET)

        _opening_date = d.pop("opening_date", UNSET)
        opening_date: datetime.date | Unset
        if isinstance(_opening_date, Unset):
            opening_date = UNSET
        else:
            opening_date = datetime.date.fromisoformat(_opening_date)

        genres = cast(list[str], d.pop("genres", UNSET))

        film = cls(
            film_id=film_id,
            title=title,
            distributor=distributor,
            rating=rating,
            opening_date=opening_date,
            genres=genres,
        )

        film.additional_properties = d
        return film

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
