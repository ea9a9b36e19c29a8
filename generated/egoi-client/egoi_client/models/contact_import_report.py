from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactImportReport")


@_attrs_define
class ContactImportReport:
    """The report E-goi POSTs to a bulk import's `callback_url`.

    Attributes:
        imported (int | Unset): Contacts added.
        updated (int | Unset): Contacts updated.
        ignored (int | Unset): Contacts ignored.
        invalid (int | Unset): Contacts refused as invalid.
        file (str | Unset): Location of the import's report file.
    """

    imported: int | Unset = UNSET
    updated: int | Unset = UNSET
    ignored: int | Unset = UNSET
    invalid: int | Unset = UNSET
    file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imported = self.imported

        updated = self.updated

        ignored = self.ignored

        invalid = self.invalid

        file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if imported is not UNSET:
            field_dict["imported"] = imported
        if updated is not UNSET:
            field_dict["updated"] = updated
        if ignored is not UNSET:
            field_dict["ignored"] = ignored
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        imported = d.pop("imported", UNSET)

        updated = d.pop("updated", UNSET)

        ignored = d.pop("ignored", UNSET)

        invalid = d.pop("invalid", UNSET)

        file = d.pop("file", UNSET)

        contact_import_report = cls(
            imported=imported,
            updated=updated,
            ignored=ignored,
            invalid=invalid,
            file=file,
        )

        contact_import_report.additional_properties = d
        return contact_import_report

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
