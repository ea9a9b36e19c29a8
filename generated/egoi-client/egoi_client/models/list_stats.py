from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListStats")


@_attrs_define
class ListStats:
    """Contact counts of a list by status.

    Attributes:
        total_contacts (int | Unset):
        total_active (int | Unset):
        total_inactive (int | Unset):
        total_removed (int | Unset):
        total_unconfirmed (int | Unset):
        total_waiting_new_confirmation (int | Unset):
    """

    total_contacts: int | Unset = UNSET
    total_active: int | Unset = UNSET
    total_inactive: int | Unset = UNSET
    total_removed: int | Unset = UNSET
    total_unconfirmed: int | Unset = UNSET
    total_waiting_new_confirmation: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_contacts = self.total_contacts

        total_active = self.total_active

        total_inactive = self.total_inactive

        total_removed = self.total_removed

        total_unconfirmed = self.total_unconfirmed

        total_waiting_new_confirmation = self.total_waiting_new_confirmation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_contacts is not UNSET:
            field_dict["total_contacts"] = total_contacts
        if total_active is not UNSET:
            field_dict["total_active"] = total_active
        if total_inactive is not UNSET:
            field_dict["total_inactive"] = total_inactive
        if total_removed is not UNSET:
            field_dict["total_removed"] = total_removed
        if total_unconfirmed is not UNSET:
            field_dict["total_unconfirmed"] = total_unconfirmed
        if total_waiting_new_confirmation is not UNSET:
            field_dict["total_waiting_new_confirmation"] = total_waiting_new_confirmation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_contacts = d.pop("total_contacts", UNSET)

        total_active = d.pop("total_active", UNSET)

        total_inactive = d.pop("total_inactive", UNSET)

        total_removed = d.pop("total_removed", UNSET)

        total_unconfirmed = d.pop("total_unconfirmed", UNSET)

        total_waiting_new_confirmation = d.pop("total_waiting_new_confirmation", UNSET)

        list_stats = cls(
            total_contacts=total_contacts,
            total_active=total_active,
            total_inactive=total_inactive,
            total_removed=total_removed,
            total_unconfirmed=total_unconfirmed,
            total_waiting_new_confirmation=total_waiting_new_confirmation,
        )

        list_stats.additional_properties = d
        return list_stats

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
