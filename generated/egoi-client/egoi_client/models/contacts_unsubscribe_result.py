from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contacts_unsubscribe_errors import ContactsUnsubscribeErrors


T = TypeVar("T", bound="ContactsUnsubscribeResult")


@_attrs_define
class ContactsUnsubscribeResult:
    """The outcome of an unsubscription, per contact.

    Attributes:
        success (list[str] | Unset): Contact IDs.
        errors (ContactsUnsubscribeErrors | Unset): The contacts not unsubscribed, by error kind. Other error kinds may
            appear.
    """

    success: list[str] | Unset = UNSET
    errors: ContactsUnsubscribeErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: list[str] | Unset = UNSET
        if not isinstance(self.success, Unset):
            success = self.success

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contacts_unsubscribe_errors import ContactsUnsubscribeErrors  # noqa: PLC0415

        d = dict(src_dict)
        success = cast(list[str], d.pop("success", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: ContactsUnsubscribeErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ContactsUnsubscribeErrors.from_dict(_errors)

        contacts_unsubscribe_result = cls(
            success=success,
            errors=errors,
        )

        contacts_unsubscribe_result.additional_properties = d
        return contacts_unsubscribe_result

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
