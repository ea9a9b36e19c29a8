from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dedupe_on import DedupeOn
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactsUploadRequest")


@_attrs_define
class ContactsUploadRequest:
    """A CSV file of contacts to import and how to match them.

    Attributes:
        link (str): The URL of the CSV file.
        dedupe_on (DedupeOn | Unset): How contacts are matched after `externalCustomerId`: by email, phone, either, id,
            the
            additional field `fieldId`, push token, web push token or external customer id.
        group_names (list[str] | Unset): Segments to add the contacts to.
        group_names_exclude (list[str] | Unset): Segments to remove the contacts from.
        restore_deleted (bool | Unset): Restore and update deleted contacts (true) or skip them (false).
        event_key_for_new_contacts (str | Unset): An event type key of Latin letters and digits, without spaces.
    """

    link: str
    dedupe_on: DedupeOn | Unset = UNSET
    group_names: list[str] | Unset = UNSET
    group_names_exclude: list[str] | Unset = UNSET
    restore_deleted: bool | Unset = UNSET
    event_key_for_new_contacts: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link = self.link

        dedupe_on: str | Unset = UNSET
        if not isinstance(self.dedupe_on, Unset):
            dedupe_on = self.dedupe_on.value

        group_names: list[str] | Unset = UNSET
        if not isinstance(self.group_names, Unset):
            group_names = self.group_names

        group_names_exclude: list[str] | Unset = UNSET
        if not isinstance(self.group_names_exclude, Unset):
            group_names_exclude = self.group_names_exclude

        restore_deleted = self.restore_deleted

        event_key_for_new_contacts = self.event_key_for_new_contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link": link,
            }
        )
        if dedupe_on is not UNSET:
            field_dict["dedupeOn"] = dedupe_on
        if group_names is not UNSET:
            field_dict["groupNames"] = group_names
        if group_names_exclude is not UNSET:
            field_dict["groupNamesExclude"] = group_names_exclude
        if restore_deleted is not UNSET:
            field_dict["restoreDeleted"] = restore_deleted
        if event_key_for_new_contacts is not UNSET:
            field_dict["eventKeyForNewContacts"] = event_key_for_new_contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        link = d.pop("link")

        _dedupe_on = d.pop("dedupeOn", UNSET)
        dedupe_on: DedupeOn | Unset
        if isinstance(_dedupe_on, Unset):
            dedupe_on = UNSET
        else:
            dedupe_on = DedupeOn(_dedupe_on)

        group_names = cast(list[str], d.pop("groupNames", UNSET))

        group_names_exclude = cast(list[str], d.pop("groupNamesExclude", UNSET))

        restore_deleted = d.pop("restoreDeleted", UNSET)

        event_key_for_new_contacts = d.pop("eventKeyForNewContacts", UNSET)

        contacts_upload_request = cls(
            link=link,
            dedupe_on=dedupe_on,
            group_names=group_names,
            group_names_exclude=group_names_exclude,
            restore_deleted=restore_deleted,
            event_key_for_new_contacts=event_key_for_new_contacts,
        )

        contacts_upload_request.additional_properties = d
        return contacts_upload_request

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
