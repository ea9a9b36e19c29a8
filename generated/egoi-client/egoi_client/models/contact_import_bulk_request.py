from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_import_mode import ContactImportMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_input import ContactInput


T = TypeVar("T", bound="ContactImportBulkRequest")


@_attrs_define
class ContactImportBulkRequest:
    """A bulk import of contacts (the object form).

    Attributes:
        mode (ContactImportMode): Add new contacts only ('add'), add and replace existing ones ('update') or only
            replace existing ones ('update_only')
        compare_field (str): Field ID which will be mapped for comparison to prevent duplicates. Field must be set as
            unique in E-goi.
        contacts (list[ContactInput]): Array of contacts to import (at least 2 according to the reference's notes; not
            enforced, see the operation).
        force_empty (bool | Unset): If 'true' accepts empty values and erases those fields Default: False.
        notify (list[int] | Unset): Array of IDs of the users to notify
        callback_url (str | Unset): Url to receive the report (only http and https URLs are supported). Unconfirmed:
            typed as a plain string by the reference (its sample is `string`), unlike the export's `uri`.
    """

    mode: ContactImportMode
    compare_field: str
    contacts: list[ContactInput]
    force_empty: bool | Unset = False
    notify: list[int] | Unset = UNSET
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        compare_field = self.compare_field

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        force_empty = self.force_empty

        notify: list[int] | Unset = UNSET
        if not isinstance(self.notify, Unset):
            notify = self.notify

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "compare_field": compare_field,
                "contacts": contacts,
            }
        )
        if force_empty is not UNSET:
            field_dict["force_empty"] = force_empty
        if notify is not UNSET:
            field_dict["notify"] = notify
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_input import ContactInput  # noqa: PLC0415

        d = dict(src_dict)
        mode = ContactImportMode(d.pop("mode"))

        compare_field = d.pop("compare_field")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = ContactInput.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        force_empty = d.pop("force_empty", UNSET)

        notify = cast(list[int], d.pop("notify", UNSET))

        callback_url = d.pop("callback_url", UNSET)

        contact_import_bulk_request = cls(
            mode=mode,
            compare_field=compare_field,
            contacts=contacts,
            force_empty=force_empty,
            notify=notify,
            callback_url=callback_url,
        )

        contact_import_bulk_request.additional_properties = d
        return contact_import_bulk_request

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
