from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailReportDomainStats")


@_attrs_define
class EmailReportDomainStats:
    """Counters of one recipient domain.

    Attributes:
        sends (int | Unset):
        opens (int | Unset):
        clicks (int | Unset):
        hard_bounces (int | Unset):
        soft_bounces (int | Unset):
        complaints (int | Unset):
        unsubscriptions (int | Unset):
        domain (str | Unset):
    """

    sends: int | Unset = UNSET
    opens: int | Unset = UNSET
    clicks: int | Unset = UNSET
    hard_bounces: int | Unset = UNSET
    soft_bounces: int | Unset = UNSET
    complaints: int | Unset = UNSET
    unsubscriptions: int | Unset = UNSET
    domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sends = self.sends

        opens = self.opens

        clicks = self.clicks

        hard_bounces = self.hard_bounces

        soft_bounces = self.soft_bounces

        complaints = self.complaints

        unsubscriptions = self.unsubscriptions

        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sends is not UNSET:
            field_dict["sends"] = sends
        if opens is not UNSET:
            field_dict["opens"] = opens
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if hard_bounces is not UNSET:
            field_dict["hard_bounces"] = hard_bounces
        if soft_bounces is not UNSET:
            field_dict["soft_bounces"] = soft_bounces
        if complaints is not UNSET:
            field_dict["complaints"] = complaints
        if unsubscriptions is not UNSET:
            field_dict["unsubscriptions"] = unsubscriptions
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sends = d.pop("sends", UNSET)

        opens = d.pop("opens", UNSET)

        clicks = d.pop("clicks", UNSET)

        hard_bounces = d.pop("hard_bounces", UNSET)

        soft_bounces = d.pop("soft_bounces", UNSET)

        complaints = d.pop("complaints", UNSET)

        unsubscriptions = d.pop("unsubscriptions", UNSET)

        domain = d.pop("domain", UNSET)

        email_report_domain_stats = cls(
            sends=sends,
            opens=opens,
            clicks=clicks,
            hard_bounces=hard_bounces,
            soft_bounces=soft_bounces,
            complaints=complaints,
            unsubscriptions=unsubscriptions,
            domain=domain,
        )

        email_report_domain_stats.additional_properties = d
        return email_report_domain_stats

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
