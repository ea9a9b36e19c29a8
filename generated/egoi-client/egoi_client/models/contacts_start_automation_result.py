from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contacts_start_automation_errors import ContactsStartAutomationErrors


T = TypeVar("T", bound="ContactsStartAutomationResult")


@_attrs_define
class ContactsStartAutomationResult:
    """The outcome of starting an automation, per contact.

    Attributes:
        automation_id (int | Unset): A numeric E-goi id (`ID`).
        action_id (int | Unset): A numeric E-goi id (`ID`).
        success (list[str] | Unset): Contact IDs.
        error (ContactsStartAutomationErrors | Unset): The contacts the automation did not start for, by error kind.
    """

    automation_id: int | Unset = UNSET
    action_id: int | Unset = UNSET
    success: list[str] | Unset = UNSET
    error: ContactsStartAutomationErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        automation_id = self.automation_id

        action_id = self.action_id

        success: list[str] | Unset = UNSET
        if not isinstance(self.success, Unset):
            success = self.success

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if automation_id is not UNSET:
            field_dict["automation_id"] = automation_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if success is not UNSET:
            field_dict["success"] = success
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contacts_start_automation_errors import ContactsStartAutomationErrors  # noqa: PLC0415

        d = dict(src_dict)
        automation_id = d.pop("automation_id", UNSET)

        action_id = d.pop("action_id", UNSET)

        success = cast(list[str], d.pop("success", UNSET))

        _error = d.pop("error", UNSET)
        error: ContactsStartAutomationErrors | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ContactsStartAutomationErrors.from_dict(_error)

        contacts_start_automation_result = cls(
            automation_id=automation_id,
            action_id=action_id,
            success=success,
            error=error,
        )

        contacts_start_automation_result.additional_properties = d
        return contacts_start_automation_result

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
