from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactsStartAutomationErrors")


@_attrs_define
class ContactsStartAutomationErrors:
    """The contacts the automation did not start for, by error kind.

    Attributes:
        already_in_queue (list[str] | Unset): Contact IDs.
    """

    already_in_queue: list[str] | Unset = UNSET
    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        already_in_queue: list[str] | Unset = UNSET
        if not isinstance(self.already_in_queue, Unset):
            already_in_queue = self.already_in_queue

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update({})
        if already_in_queue is not UNSET:
            field_dict["already_in_queue"] = already_in_queue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        already_in_queue = cast(list[str], d.pop("already_in_queue", UNSET))

        contacts_start_automation_errors = cls(
            already_in_queue=already_in_queue,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = cast(list[str], prop_dict)

            additional_properties[prop_name] = additional_property

        contacts_start_automation_errors.additional_properties = additional_properties
        return contacts_start_automation_errors

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
