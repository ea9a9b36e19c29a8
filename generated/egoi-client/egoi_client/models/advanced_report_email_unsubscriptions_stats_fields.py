from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReportEmailUnsubscriptionsStatsFields")


@_attrs_define
class AdvancedReportEmailUnsubscriptionsStatsFields:
    """Unsubscription columns of an email unsubscriptions report.

    Attributes:
        unsubscription_method (bool | Unset):
        unsubscription_motive (bool | Unset):
        unsubscription_date (bool | Unset):
    """

    unsubscription_method: bool | Unset = UNSET
    unsubscription_motive: bool | Unset = UNSET
    unsubscription_date: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unsubscription_method = self.unsubscription_method

        unsubscription_motive = self.unsubscription_motive

        unsubscription_date = self.unsubscription_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unsubscription_method is not UNSET:
            field_dict["unsubscription_method"] = unsubscription_method
        if unsubscription_motive is not UNSET:
            field_dict["unsubscription_motive"] = unsubscription_motive
        if unsubscription_date is not UNSET:
            field_dict["unsubscription_date"] = unsubscription_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unsubscription_method = d.pop("unsubscription_method", UNSET)

        unsubscription_motive = d.pop("unsubscription_motive", UNSET)

        unsubscription_date = d.pop("unsubscription_date", UNSET)

        advanced_report_email_unsubscriptions_stats_fields = cls(
            unsubscription_method=unsubscription_method,
            unsubscription_motive=unsubscription_motive,
            unsubscription_date=unsubscription_date,
        )

        advanced_report_email_unsubscriptions_stats_fields.additional_properties = d
        return advanced_report_email_unsubscriptions_stats_fields

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
