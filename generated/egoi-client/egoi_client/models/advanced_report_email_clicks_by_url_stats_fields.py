from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReportEmailClicksByUrlStatsFields")


@_attrs_define
class AdvancedReportEmailClicksByUrlStatsFields:
    """Stats columns of an email clicks by URL report.

    Attributes:
        clicks (bool | Unset):
        unique_clicks (bool | Unset):
        click_rate_per_url (bool | Unset):
    """

    clicks: bool | Unset = UNSET
    unique_clicks: bool | Unset = UNSET
    click_rate_per_url: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clicks = self.clicks

        unique_clicks = self.unique_clicks

        click_rate_per_url = self.click_rate_per_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if unique_clicks is not UNSET:
            field_dict["unique_clicks"] = unique_clicks
        if click_rate_per_url is not UNSET:
            field_dict["click_rate_per_url"] = click_rate_per_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clicks = d.pop("clicks", UNSET)

        unique_clicks = d.pop("unique_clicks", UNSET)

        click_rate_per_url = d.pop("click_rate_per_url", UNSET)

        advanced_report_email_clicks_by_url_stats_fields = cls(
            clicks=clicks,
            unique_clicks=unique_clicks,
            click_rate_per_url=click_rate_per_url,
        )

        advanced_report_email_clicks_by_url_stats_fields.additional_properties = d
        return advanced_report_email_clicks_by_url_stats_fields

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
