from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactPushStats")


@_attrs_define
class ContactPushStats:
    """The contact's mobile push statistics.

    Attributes:
        sent (int | Unset):
        delivered (int | Unset):
        not_delivered (int | Unset):
        views (int | Unset):
        clicks (int | Unset):
        last_view_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
    """

    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    not_delivered: int | Unset = UNSET
    views: int | Unset = UNSET
    clicks: int | Unset = UNSET
    last_view_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self.sent

        delivered = self.delivered

        not_delivered = self.not_delivered

        views = self.views

        clicks = self.clicks

        last_view_date = self.last_view_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if not_delivered is not UNSET:
            field_dict["not_delivered"] = not_delivered
        if views is not UNSET:
            field_dict["views"] = views
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if last_view_date is not UNSET:
            field_dict["last_view_date"] = last_view_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent = d.pop("sent", UNSET)

        delivered = d.pop("delivered", UNSET)

        not_delivered = d.pop("not_delivered", UNSET)

        views = d.pop("views", UNSET)

        clicks = d.pop("clicks", UNSET)

        last_view_date = d.pop("last_view_date", UNSET)

        contact_push_stats = cls(
            sent=sent,
            delivered=delivered,
            not_delivered=not_delivered,
            views=views,
            clicks=clicks,
            last_view_date=last_view_date,
        )

        contact_push_stats.additional_properties = d
        return contact_push_stats

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
