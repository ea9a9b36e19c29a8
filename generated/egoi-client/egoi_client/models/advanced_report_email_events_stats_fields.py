from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReportEmailEventsStatsFields")


@_attrs_define
class AdvancedReportEmailEventsStatsFields:
    """Event columns of an email events report.

    Attributes:
        opens (bool | Unset):
        clicks (bool | Unset):
        complaints (bool | Unset):
        unsubscribes (bool | Unset):
        bounces (bool | Unset):
        forwards (bool | Unset):
        forwards_conversion (bool | Unset):
        fb_likes (bool | Unset):
        fb_shares (bool | Unset):
        tw_shares (bool | Unset):
        social_shares (bool | Unset):
    """

    opens: bool | Unset = UNSET
    clicks: bool | Unset = UNSET
    complaints: bool | Unset = UNSET
    unsubscribes: bool | Unset = UNSET
    bounces: bool | Unset = UNSET
    forwards: bool | Unset = UNSET
    forwards_conversion: bool | Unset = UNSET
    fb_likes: bool | Unset = UNSET
    fb_shares: bool | Unset = UNSET
    tw_shares: bool | Unset = UNSET
    social_shares: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opens = self.opens

        clicks = self.clicks

        complaints = self.complaints

        unsubscribes = self.unsubscribes

        bounces = self.bounces

        forwards = self.forwards

        forwards_conversion = self.forwards_conversion

        fb_likes = self.fb_likes

        fb_shares = self.fb_shares

        tw_shares = self.tw_shares

        social_shares = self.social_shares

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opens is not UNSET:
            field_dict["opens"] = opens
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if complaints is not UNSET:
            field_dict["complaints"] = complaints
        if unsubscribes is not UNSET:
            field_dict["unsubscribes"] = unsubscribes
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if forwards is not UNSET:
            field_dict["forwards"] = forwards
        if forwards_conversion is not UNSET:
            field_dict["forwards_conversion"] = forwards_conversion
        if fb_likes is not UNSET:
            field_dict["fb_likes"] = fb_likes
        if fb_shares is not UNSET:
            field_dict["fb_shares"] = fb_shares
        if tw_shares is not UNSET:
            field_dict["tw_shares"] = tw_shares
        if social_shares is not UNSET:
            field_dict["social_shares"] = social_shares

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opens = d.pop("opens", UNSET)

        clicks = d.pop("clicks", UNSET)

        complaints = d.pop("complaints", UNSET)

        unsubscribes = d.pop("unsubscribes", UNSET)

        bounces = d.pop("bounces", UNSET)

        forwards = d.pop("forwards", UNSET)

        forwards_conversion = d.pop("forwards_conversion", UNSET)

        fb_likes = d.pop("fb_likes", UNSET)

        fb_shares = d.pop("fb_shares", UNSET)

        tw_shares = d.pop("tw_shares", UNSET)

        social_shares = d.pop("social_shares", UNSET)

        advanced_report_email_events_stats_fields = cls(
            opens=opens,
            clicks=clicks,
            complaints=complaints,
            unsubscribes=unsubscribes,
            bounces=bounces,
            forwards=forwards,
            forwards_conversion=forwards_conversion,
            fb_likes=fb_likes,
            fb_shares=fb_shares,
            tw_shares=tw_shares,
            social_shares=social_shares,
        )

        advanced_report_email_events_stats_fields.additional_properties = d
        return advanced_report_email_events_stats_fields

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
