from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactsUnsubscribeErrors")


@_attrs_define
class ContactsUnsubscribeErrors:
    """The contacts not unsubscribed, by error kind. Other error kinds may appear.

    Attributes:
        invalid_unsubscription_reason (list[str] | Unset): Contact IDs.
        invalid_unsubscription_method (list[str] | Unset): Contact IDs.
        invalid_data_type (list[str] | Unset): Contact IDs.
        contact_not_in_list (list[str] | Unset): Contact IDs.
        contact_already_removed (list[str] | Unset): Contact IDs.
    """

    invalid_unsubscription_reason: list[str] | Unset = UNSET
    invalid_unsubscription_method: list[str] | Unset = UNSET
    invalid_data_type: list[str] | Unset = UNSET
    contact_not_in_list: list[str] | Unset = UNSET
    contact_already_removed: list[str] | Unset = UNSET
    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invalid_unsubscription_reason: list[str] | Unset = UNSET
        if not isinstance(self.invalid_unsubscription_reason, Unset):
            invalid_unsubscription_reason = self.invalid_unsubscription_reason

        invalid_unsubscription_method: list[str] | Unset = UNSET
        if not isinstance(self.invalid_unsubscription_method, Unset):
            invalid_unsubscription_method = self.invalid_unsubscription_method

        invalid_data_type: list[str] | Unset = UNSET
        if not isinstance(self.invalid_data_type, Unset):
            invalid_data_type = self.invalid_data_type

        contact_not_in_list: list[str] | Unset = UNSET
        if not isinstance(self.contact_not_in_list, Unset):
            contact_not_in_list = self.contact_not_in_list

        contact_already_removed: list[str] | Unset = UNSET
        if not isinstance(self.contact_already_removed, Unset):
            contact_already_removed = self.contact_already_removed

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update({})
        if invalid_unsubscription_reason is not UNSET:
            field_dict["invalid_unsubscription_reason"] = invalid_unsubscription_reason
        if invalid_unsubscription_method is not UNSET:
            field_dict["invalid_unsubscription_method"] = invalid_unsubscription_method
        if invalid_data_type is not UNSET:
            field_dict["invalid_data_type"] = invalid_data_type
        if contact_not_in_list is not UNSET:
            field_dict["contact_not_in_list"] = contact_not_in_list
        if contact_already_removed is not UNSET:
            field_dict["contact_already_removed"] = contact_already_removed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invalid_unsubscription_reason = cast(list[str], d.pop("invalid_unsubscription_reason", UNSET))

        invalid_unsubscription_method = cast(list[str], d.pop("invalid_unsubscription_method", UNSET))

        invalid_data_type = cast(list[str], d.pop("invalid_data_type", UNSET))

        contact_not_in_list = cast(list[str], d.pop("contact_not_in_list", UNSET))

        contact_already_removed = cast(list[str], d.pop("contact_already_removed", UNSET))

        contacts_unsubscribe_errors = cls(
            invalid_unsubscription_reason=invalid_unsubscription_reason,
            invalid_unsubscription_method=invalid_unsubscription_method,
            invalid_data_type=invalid_data_type,
            contact_not_in_list=contact_not_in_list,
            contact_already_removed=contact_already_removed,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = cast(list[str], prop_dict)

            additional_properties[prop_name] = additional_property

        contacts_unsubscribe_errors.additional_properties = additional_properties
        return contacts_unsubscribe_errors

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
