from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.advanced_report_status import AdvancedReportStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReport")


@_attrs_define
class AdvancedReport:
    """An advanced report and the state of its generation.

    Attributes:
        advanced_report_id (int | Unset): A numeric E-goi id (`ID`).
        title (str | Unset):
        hash_ (str | Unset): Hash of the report.
        file (str | Unset): The report's file. Unconfirmed: the reference shows only the word `string` (a download URL
            once the report is finished, presumably).
        status (AdvancedReportStatus | Unset): Advanced report status.
        created (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
    """

    advanced_report_id: int | Unset = UNSET
    title: str | Unset = UNSET
    hash_: str | Unset = UNSET
    file: str | Unset = UNSET
    status: AdvancedReportStatus | Unset = UNSET
    created: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advanced_report_id = self.advanced_report_id

        title = self.title

        hash_ = self.hash_

        file = self.file

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advanced_report_id is not UNSET:
            field_dict["advanced_report_id"] = advanced_report_id
        if title is not UNSET:
            field_dict["title"] = title
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if file is not UNSET:
            field_dict["file"] = file
        if status is not UNSET:
            field_dict["status"] = status
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        advanced_report_id = d.pop("advanced_report_id", UNSET)

        title = d.pop("title", UNSET)

        hash_ = d.pop("hash", UNSET)

        file = d.pop("file", UNSET)

        _status = d.pop("status", UNSET)
        status: AdvancedReportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AdvancedReportStatus(_status)

        created = d.pop("created", UNSET)

        advanced_report = cls(
            advanced_report_id=advanced_report_id,
            title=title,
            hash_=hash_,
            file=file,
            status=status,
            created=created,
        )

        advanced_report.additional_properties = d
        return advanced_report

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
