from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReportSmsStatsFields")


@_attrs_define
class AdvancedReportSmsStatsFields:
    """Delivery columns of an SMS bounces or SMS events report.

    Attributes:
        delivery_answer (bool | Unset):
        delivery_date (bool | Unset):
    """

    delivery_answer: bool | Unset = UNSET
    delivery_date: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_answer = self.delivery_answer

        delivery_date = self.delivery_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_answer is not UNSET:
            field_dict["delivery_answer"] = delivery_answer
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_answer = d.pop("delivery_answer", UNSET)

        delivery_date = d.pop("delivery_date", UNSET)

        advanced_report_sms_stats_fields = cls(
            delivery_answer=delivery_answer,
            delivery_date=delivery_date,
        )

        advanced_report_sms_stats_fields.additional_properties = d
        return advanced_report_sms_stats_fields

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
