from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactsStartAutomationRequest")


@_attrs_define
class ContactsStartAutomationRequest:
    """An automation, the action to start at and the contacts to start it for.

    Attributes:
        automation_id (int): A numeric E-goi id (`ID`).
        action_id (int): A numeric E-goi id (`ID`).
        contacts (list[str]): Array of contact IDs to start automation
    """

    automation_id: int
    action_id: int
    contacts: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        automation_id = self.automation_id

        action_id = self.action_id

        contacts = self.contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "automation_id": automation_id,
                "action_id": action_id,
                "contacts": contacts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        automation_id = d.pop("automation_id")

        action_id = d.pop("action_id")

        contacts = cast(list[str], d.pop("contacts"))

        contacts_start_automation_request = cls(
            automation_id=automation_id,
            action_id=action_id,
            contacts=contacts,
        )

        contacts_start_automation_request.additional_properties = d
        return contacts_start_automation_request

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
