from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_field_name import ContactFieldName
from ..models.dedupe_on import DedupeOn
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="ContactsBulkRequest")


@_attrs_define
class ContactsBulkRequest:
    """1 to 3000 contacts and how to match and update them.

    Attributes:
        contacts (list[Contact]): The contacts.
        dedupe_on (DedupeOn | Unset): How contacts are matched after `externalCustomerId`: by email, phone, either, id,
            the
            additional field `fieldId`, push token, web push token or external customer id.
        field_id (int | Unset): The additional field matched on with `dedupeOn=fieldId`.
        contact_fields (list[ContactFieldName] | Unset): Update only these standard fields.
        custom_fields_i_ds (list[int] | Unset): Update only these additional fields.
        group_names (list[str] | Unset): Segments to add the contacts to.
        group_names_exclude (list[str] | Unset): Segments to remove the contacts from.
        restore_deleted (bool | Unset): Restore and update deleted contacts (true) or skip them (false).
        event_key_for_new_contacts (str | Unset): An event type key of Latin letters and digits, without spaces.
    """

    contacts: list[Contact]
    dedupe_on: DedupeOn | Unset = UNSET
    field_id: int | Unset = UNSET
    contact_fields: list[ContactFieldName] | Unset = UNSET
    custom_fields_i_ds: list[int] | Unset = UNSET
    group_names: list[str] | Unset = UNSET
    group_names_exclude: list[str] | Unset = UNSET
    restore_deleted: bool | Unset = UNSET
    event_key_for_new_contacts: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        dedupe_on: str | Unset = UNSET
        if not isinstance(self.dedupe_on, Unset):
            dedupe_on = self.dedupe_on.value

        field_id = self.field_id

        contact_fields: list[str] | Unset = UNSET
        if not isinstance(self.contact_fields, Unset):
            contact_fields = []
            for contact_fields_item_data in self.contact_fields:
                contact_fields_item = contact_fields_item_data.value
                contact_fields.append(contact_fields_item)

        custom_fields_i_ds: list[int] | Unset = UNSET
        if not isinstance(self.custom_fields_i_ds, Unset):
            custom_fields_i_ds = self.custom_fields_i_ds

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
                "contacts": contacts,
            }
        )
        if dedupe_on is not UNSET:
            field_dict["dedupeOn"] = dedupe_on
        if field_id is not UNSET:
            field_dict["fieldId"] = field_id
        if contact_fields is not UNSET:
            field_dict["contactFields"] = contact_fields
        if custom_fields_i_ds is not UNSET:
            field_dict["customFieldsIDs"] = custom_fields_i_ds
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
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = Contact.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        _dedupe_on = d.pop("dedupeOn", UNSET)
        dedupe_on: DedupeOn | Unset
        if isinstance(_dedupe_on, Unset):
            dedupe_on = UNSET
        else:
            dedupe_on = DedupeOn(_dedupe_on)

        field_id = d.pop("fieldId", UNSET)

        _contact_fields = d.pop("contactFields", UNSET)
        contact_fields: list[ContactFieldName] | Unset = UNSET
        if _contact_fields is not UNSET:
            contact_fields = []
            for contact_fields_item_data in _contact_fields:
                contact_fields_item = ContactFieldName(contact_fields_item_data)

                contact_fields.append(contact_fields_item)

        custom_fields_i_ds = cast(list[int], d.pop("customFieldsIDs", UNSET))

        group_names = cast(list[str], d.pop("groupNames", UNSET))

        group_names_exclude = cast(list[str], d.pop("groupNamesExclude", UNSET))

        restore_deleted = d.pop("restoreDeleted", UNSET)

        event_key_for_new_contacts = d.pop("eventKeyForNewContacts", UNSET)

        contacts_bulk_request = cls(
            contacts=contacts,
            dedupe_on=dedupe_on,
            field_id=field_id,
            contact_fields=contact_fields,
            custom_fields_i_ds=custom_fields_i_ds,
            group_names=group_names,
            group_names_exclude=group_names_exclude,
            restore_deleted=restore_deleted,
            event_key_for_new_contacts=event_key_for_new_contacts,
        )

        contacts_bulk_request.additional_properties = d
        return contacts_bulk_request

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
