from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactsImportResult")


@_attrs_define
class ContactsImportResult:
    """A started import. Unconfirmed: the docs show `asyncSessionId` always; Yespo's own app
    types every field as optional, so none is required. The structure of the
    `failedContacts` items is not documented (any JSON value).

        Attributes:
            async_session_id (str | Unset): The import's id, for the import status.
            failed_contacts (list[Any] | Unset): The contacts that could not be added or updated.
            id (int | Unset): Always 0.
    """

    async_session_id: str | Unset = UNSET
    failed_contacts: list[Any] | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        async_session_id = self.async_session_id

        failed_contacts: list[Any] | Unset = UNSET
        if not isinstance(self.failed_contacts, Unset):
            failed_contacts = self.failed_contacts

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if async_session_id is not UNSET:
            field_dict["asyncSessionId"] = async_session_id
        if failed_contacts is not UNSET:
            field_dict["failedContacts"] = failed_contacts
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        async_session_id = d.pop("asyncSessionId", UNSET)

        failed_contacts = cast(list[Any], d.pop("failedContacts", UNSET))

        id = d.pop("id", UNSET)

        contacts_import_result = cls(
            async_session_id=async_session_id,
            failed_contacts=failed_contacts,
            id=id,
        )

        contacts_import_result.additional_properties = d
        return contacts_import_result

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
