from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushReportStats")


@_attrs_define
class PushReportStats:
    """Counters of a push campaign report, overall or for one operating system.

    Attributes:
        sends (int | Unset):
        opens (int | Unset):
        delivered (int | Unset):
        received (int | Unset):
        bounces (int | Unset):
        error (int | Unset):
    """

    sends: int | Unset = UNSET
    opens: int | Unset = UNSET
    delivered: int | Unset = UNSET
    received: int | Unset = UNSET
    bounces: int | Unset = UNSET
    error: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sends = self.sends

        opens = self.opens

        delivered = self.delivered

        received = self.received

        bounces = self.bounces

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sends is not UNSET:
            field_dict["sends"] = sends
        if opens is not UNSET:
            field_dict["opens"] = opens
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if received is not UNSET:
            field_dict["received"] = received
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sends = d.pop("sends", UNSET)

        opens = d.pop("opens", UNSET)

        delivered = d.pop("delivered", UNSET)

        received = d.pop("received", UNSET)

        bounces = d.pop("bounces", UNSET)

        error = d.pop("error", UNSET)

        push_report_stats = cls(
            sends=sends,
            opens=opens,
            delivered=delivered,
            received=received,
            bounces=bounces,
            error=error,
        )

        push_report_stats.additional_properties = d
        return push_report_stats

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
