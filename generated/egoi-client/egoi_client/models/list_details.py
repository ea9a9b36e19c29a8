from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_stats import ListStats


T = TypeVar("T", bound="ListDetails")


@_attrs_define
class ListDetails:
    """A list with its languages and contact statistics (Get list).

    Attributes:
        list_id (int | Unset): A numeric E-goi id (`ID`).
        internal_name (str | Unset): Internal name of the list
        public_name (str | Unset): Public name of the list
        status (str | Unset): Status of the list. Unconfirmed: the reference shows only `active` and no enum; any string
            is accepted.
        group_id (int | Unset): ID of the list's group. Unconfirmed: the reference's samples show `0` (no group), below
            the `>= 1` of the update request, so 0 is accepted here.
        created (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        default_language (str | Unset): Default language of the list. Unconfirmed: no enum in the reference (the sample
            shows `en`); any string is accepted.
        available_languages (list[str] | Unset): Languages available in the list.
        stats (ListStats | Unset): Contact counts of a list by status.
    """

    list_id: int | Unset = UNSET
    internal_name: str | Unset = UNSET
    public_name: str | Unset = UNSET
    status: str | Unset = UNSET
    group_id: int | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    default_language: str | Unset = UNSET
    available_languages: list[str] | Unset = UNSET
    stats: ListStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        internal_name = self.internal_name

        public_name = self.public_name

        status = self.status

        group_id = self.group_id

        created = self.created

        updated = self.updated

        default_language = self.default_language

        available_languages: list[str] | Unset = UNSET
        if not isinstance(self.available_languages, Unset):
            available_languages = self.available_languages

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if public_name is not UNSET:
            field_dict["public_name"] = public_name
        if status is not UNSET:
            field_dict["status"] = status
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if default_language is not UNSET:
            field_dict["default_language"] = default_language
        if available_languages is not UNSET:
            field_dict["available_languages"] = available_languages
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_stats import ListStats  # noqa: PLC0415

        d = dict(src_dict)
        list_id = d.pop("list_id", UNSET)

        internal_name = d.pop("internal_name", UNSET)

        public_name = d.pop("public_name", UNSET)

        status = d.pop("status", UNSET)

        group_id = d.pop("group_id", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        default_language = d.pop("default_language", UNSET)

        available_languages = cast(list[str], d.pop("available_languages", UNSET))

        _stats = d.pop("stats", UNSET)
        stats: ListStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ListStats.from_dict(_stats)

        list_details = cls(
            list_id=list_id,
            internal_name=internal_name,
            public_name=public_name,
            status=status,
            group_id=group_id,
            created=created,
            updated=updated,
            default_language=default_language,
            available_languages=available_languages,
            stats=stats,
        )

        list_details.additional_properties = d
        return list_details

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
