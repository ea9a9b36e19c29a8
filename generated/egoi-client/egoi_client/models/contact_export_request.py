from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_export_format import ContactExportFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactExportRequest")


@_attrs_define
class ContactExportRequest:
    """What to export and where to deliver it.

    Attributes:
        format_ (ContactExportFormat): File extension to export contacts
        callback_url (str | Unset): Url to receive the callback (only http and https URLs are supported).
        segments (list[str] | Unset): Array of segment IDs to filter contacts to export. Note: segments of type auto and
            tag are not yet supported but they are expected to be supported soon!
        fields (list[str] | Unset): Array of field IDs to be displayed in the exported file
    """

    format_: ContactExportFormat
    callback_url: str | Unset = UNSET
    segments: list[str] | Unset = UNSET
    fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_.value

        callback_url = self.callback_url

        segments: list[str] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = self.segments

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if segments is not UNSET:
            field_dict["segments"] = segments
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = ContactExportFormat(d.pop("format"))

        callback_url = d.pop("callback_url", UNSET)

        segments = cast(list[str], d.pop("segments", UNSET))

        fields = cast(list[str], d.pop("fields", UNSET))

        contact_export_request = cls(
            format_=format_,
            callback_url=callback_url,
            segments=segments,
            fields=fields,
        )

        contact_export_request.additional_properties = d
        return contact_export_request

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
