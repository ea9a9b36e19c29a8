from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactWebpushStats")


@_attrs_define
class ContactWebpushStats:
    """The contact's web push statistics.

    Attributes:
        sent (int | Unset):
        delivered (int | Unset):
        clicks (int | Unset):
        bounces (int | Unset):
        last_send_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        last_delivery_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        last_click_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        last_bounce_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
    """

    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    clicks: int | Unset = UNSET
    bounces: int | Unset = UNSET
    last_send_date: str | Unset = UNSET
    last_delivery_date: str | Unset = UNSET
    last_click_date: str | Unset = UNSET
    last_bounce_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self.sent

        delivered = self.delivered

        clicks = self.clicks

        bounces = self.bounces

        last_send_date = self.last_send_date

        last_delivery_date = self.last_delivery_date

        last_click_date = self.last_click_date

        last_bounce_date = self.last_bounce_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if last_send_date is not UNSET:
            field_dict["last_send_date"] = last_send_date
        if last_delivery_date is not UNSET:
            field_dict["last_delivery_date"] = last_delivery_date
        if last_click_date is not UNSET:
            field_dict["last_click_date"] = last_click_date
        if last_bounce_date is not UNSET:
            field_dict["last_bounce_date"] = last_bounce_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent = d.pop("sent", UNSET)

        delivered = d.pop("delivered", UNSET)

        clicks = d.pop("clicks", UNSET)

        bounces = d.pop("bounces", UNSET)

        last_send_date = d.pop("last_send_date", UNSET)

        last_delivery_date = d.pop("last_delivery_date", UNSET)

        last_click_date = d.pop("last_click_date", UNSET)

        last_bounce_date = d.pop("last_bounce_date", UNSET)

        contact_webpush_stats = cls(
            sent=sent,
            delivered=delivered,
            clicks=clicks,
            bounces=bounces,
            last_send_date=last_send_date,
            last_delivery_date=last_delivery_date,
            last_click_date=last_click_date,
            last_bounce_date=last_bounce_date,
        )

        contact_webpush_stats.additional_properties = d
        return contact_webpush_stats

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
