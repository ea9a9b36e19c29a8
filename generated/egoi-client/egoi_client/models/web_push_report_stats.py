from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebPushReportStats")


@_attrs_define
class WebPushReportStats:
    """Counters of a web push campaign report, overall or for one device, operating system version or browser version.

    Attributes:
        opens (int | Unset):
        sends (int | Unset):
        clicks (int | Unset):
        bounces (int | Unset):
    """

    opens: int | Unset = UNSET
    sends: int | Unset = UNSET
    clicks: int | Unset = UNSET
    bounces: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opens = self.opens

        sends = self.sends

        clicks = self.clicks

        bounces = self.bounces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opens is not UNSET:
            field_dict["opens"] = opens
        if sends is not UNSET:
            field_dict["sends"] = sends
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if bounces is not UNSET:
            field_dict["bounces"] = bounces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opens = d.pop("opens", UNSET)

        sends = d.pop("sends", UNSET)

        clicks = d.pop("clicks", UNSET)

        bounces = d.pop("bounces", UNSET)

        web_push_report_stats = cls(
            opens=opens,
            sends=sends,
            clicks=clicks,
            bounces=bounces,
        )

        web_push_report_stats.additional_properties = d
        return web_push_report_stats

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
