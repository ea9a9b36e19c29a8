from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_status import AutomationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Automation")


@_attrs_define
class Automation:
    """A marketing automation of a list.

    Attributes:
        automation_id (int | Unset): A numeric E-goi id (`ID`).
        title (str | Unset):
        list_id (int | Unset): A numeric E-goi id (`ID`).
        status (AutomationStatus | Unset): Automation status.
        created_by (int | Unset): ID of the user who created the automation.
        allow_multiple_contacts (bool | Unset): Whether a contact may enter the automation more than once.
        contact_limit (int | Unset): How many times a contact may enter the automation.
        created (datetime.date | Unset): A date, `YYYY-MM-DD`.
        updated (datetime.date | Unset): A date, `YYYY-MM-DD`.
    """

    automation_id: int | Unset = UNSET
    title: str | Unset = UNSET
    list_id: int | Unset = UNSET
    status: AutomationStatus | Unset = UNSET
    created_by: int | Unset = UNSET
    allow_multiple_contacts: bool | Unset = UNSET
    contact_limit: int | Unset = UNSET
    created: datetime.date | Unset = UNSET
    updated: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        automation_id = self.automation_id

        title = self.title

        list_id = self.list_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_by = self.created_by

        allow_multiple_contacts = self.allow_multiple_contacts

        contact_limit = self.contact_limit

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if automation_id is not UNSET:
            field_dict["automation_id"] = automation_id
        if title is not UNSET:
            field_dict["title"] = title
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if allow_multiple_contacts is not UNSET:
            field_dict["allow_multiple_contacts"] = allow_multiple_contacts
        if contact_limit is not UNSET:
            field_dict["contact_limit"] = contact_limit
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        automation_id = d.pop("automation_id", UNSET)

        title = d.pop("title", UNSET)

        list_id = d.pop("list_id", UNSET)

        _status = d.pop("status", UNSET)
        status: AutomationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AutomationStatus(_status)

        created_by = d.pop("created_by", UNSET)

        allow_multiple_contacts = d.pop("allow_multiple_contacts", UNSET)

        contact_limit = d.pop("contact_limit", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.date | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.date.fromisoformat(_created)

        _updated = d.pop("updated", UNSET)
        updated: datetime.date | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.date.fromisoformat(_updated)

        automation = cls(
            automation_id=automation_id,
            title=title,
            list_id=list_id,
            status=status,
            created_by=created_by,
            allow_multiple_contacts=allow_multiple_contacts,
            contact_limit=contact_limit,
            created=created,
            updated=updated,
        )

        automation.additional_properties = d
        return automation

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
