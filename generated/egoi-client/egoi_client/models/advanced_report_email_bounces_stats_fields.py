from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReportEmailBouncesStatsFields")


@_attrs_define
class AdvancedReportEmailBouncesStatsFields:
    """Bounce columns of an email bounces report; each true flag adds the column.

    Attributes:
        bounce_date (bool | Unset):
        bounce_type (bool | Unset):
        bounce_detail (bool | Unset):
    """

    bounce_date: bool | Unset = UNSET
    bounce_type: bool | Unset = UNSET
    bounce_detail: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounce_date = self.bounce_date

        bounce_type = self.bounce_type

        bounce_detail = self.bounce_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounce_date is not UNSET:
            field_dict["bounce_date"] = bounce_date
        if bounce_type is not UNSET:
            field_dict["bounce_type"] = bounce_type
        if bounce_detail is not UNSET:
            field_dict["bounce_detail"] = bounce_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bounce_date = d.pop("bounce_date", UNSET)

        bounce_type = d.pop("bounce_type", UNSET)

        bounce_detail = d.pop("bounce_detail", UNSET)

        advanced_report_email_bounces_stats_fields = cls(
            bounce_date=bounce_date,
            bounce_type=bounce_type,
            bounce_detail=bounce_detail,
        )

        advanced_report_email_bounces_stats_fields.additional_properties = d
        return advanced_report_email_bounces_stats_fields

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
