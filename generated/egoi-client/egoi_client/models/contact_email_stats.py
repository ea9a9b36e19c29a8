from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactEmailStats")


@_attrs_define
class ContactEmailStats:
    """The contact's email statistics.

    Attributes:
        sent (int | Unset):
        opens (int | Unset):
        clicks (int | Unset):
        soft_bounces (int | Unset):
        hard_bounces (int | Unset):
        forwards (int | Unset):
        conversions (int | Unset):
        social_actions (int | Unset):
        last_send_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        last_open_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        last_click_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        last_open_country (str | Unset):
        last_open_region (str | Unset):
        last_open_city (str | Unset):
    """

    sent: int | Unset = UNSET
    opens: int | Unset = UNSET
    clicks: int | Unset = UNSET
    soft_bounces: int | Unset = UNSET
    hard_bounces: int | Unset = UNSET
    forwards: int | Unset = UNSET
    conversions: int | Unset = UNSET
    social_actions: int | Unset = UNSET
    last_send_date: str | Unset = UNSET
    last_open_date: str | Unset = UNSET
    last_click_date: str | Unset = UNSET
    last_open_country: str | Unset = UNSET
    last_open_region: str | Unset = UNSET
    last_open_city: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self.sent

        opens = self.opens

        clicks = self.clicks

        soft_bounces = self.soft_bounces

        hard_bounces = self.hard_bounces

        forwards = self.forwards

        conversions = self.conversions

        social_actions = self.social_actions

        last_send_date = self.last_send_date

        last_open_date = self.last_open_date

        last_click_date = self.last_click_date

        last_open_country = self.last_open_country

        last_open_region = self.last_open_region

        last_open_city = self.last_open_city

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sent is not UNSET:
            field_dict["sent"] = sent
        if opens is not UNSET:
            field_dict["opens"] = opens
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if soft_bounces is not UNSET:
            field_dict["soft_bounces"] = soft_bounces
        if hard_bounces is not UNSET:
            field_dict["hard_bounces"] = hard_bounces
        if forwards is not UNSET:
            field_dict["forwards"] = forwards
        if conversions is not UNSET:
            field_dict["conversions"] = conversions
        if social_actions is not UNSET:
            field_dict["social_actions"] = social_actions
        if last_send_date is not UNSET:
            field_dict["last_send_date"] = last_send_date
        if last_open_date is not UNSET:
            field_dict["last_open_date"] = last_open_date
        if last_click_date is not UNSET:
            field_dict["last_click_date"] = last_click_date
        if last_open_country is not UNSET:
            field_dict["last_open_country"] = last_open_country
        if last_open_region is not UNSET:
            field_dict["last_open_region"] = last_open_region
        if last_open_city is not UNSET:
            field_dict["last_open_city"] = last_open_city

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent = d.pop("sent", UNSET)

        opens = d.pop("opens", UNSET)

        clicks = d.pop("clicks", UNSET)

        soft_bounces = d.pop("soft_bounces", UNSET)

        hard_bounces = d.pop("hard_bounces", UNSET)

        forwards = d.pop("forwards", UNSET)

        conversions = d.pop("conversions", UNSET)

        social_actions = d.pop("social_actions", UNSET)

        last_send_date = d.pop("last_send_date", UNSET)

        last_open_date = d.pop("last_open_date", UNSET)

        last_click_date = d.pop("last_click_date", UNSET)

        last_open_country = d.pop("last_open_country", UNSET)

        last_open_region = d.pop("last_open_region", UNSET)

        last_open_city = d.pop("last_open_city", UNSET)

        contact_email_stats = cls(
            sent=sent,
            opens=opens,
            clicks=clicks,
            soft_bounces=soft_bounces,
            hard_bounces=hard_bounces,
            forwards=forwards,
            conversions=conversions,
            social_actions=social_actions,
            last_send_date=last_send_date,
            last_open_date=last_open_date,
            last_click_date=last_click_date,
            last_open_country=last_open_country,
            last_open_region=last_open_region,
            last_open_city=last_open_city,
        )

        contact_email_stats.additional_properties = d
        return contact_email_stats

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
