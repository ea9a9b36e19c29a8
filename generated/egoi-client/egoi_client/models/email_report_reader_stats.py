from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailReportReaderStats")


@_attrs_define
class EmailReportReaderStats:
    """Opens by one email reader (client).

    Attributes:
        reader (str | Unset):
        type_ (str | Unset): Kind of reader. Unconfirmed: the reference shows only `webmail`; any string is accepted.
        opens (int | Unset):
    """

    reader: str | Unset = UNSET
    type_: str | Unset = UNSET
    opens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reader = self.reader

        type_ = self.type_

        opens = self.opens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reader is not UNSET:
            field_dict["reader"] = reader
        if type_ is not UNSET:
            field_dict["type"] = type_
        if opens is not UNSET:
            field_dict["opens"] = opens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reader = d.pop("reader", UNSET)

        type_ = d.pop("type", UNSET)

        opens = d.pop("opens", UNSET)

        email_report_reader_stats = cls(
            reader=reader,
            type_=type_,
            opens=opens,
        )

        email_report_reader_stats.additional_properties = d
        return email_report_reader_stats

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
