from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushReportOperatingSystem")


@_attrs_define
class PushReportOperatingSystem:
    """Counters of one operating system.

    Attributes:
        sends (int | Unset):
        opens (int | Unset):
        delivered (int | Unset):
        received (int | Unset):
        bounces (int | Unset):
        error (int | Unset):
        operating_systems (str | Unset): The operating system (`desktop` in the reference's sample). The key is plural
            as the reference writes it.
    """

    sends: int | Unset = UNSET
    opens: int | Unset = UNSET
    delivered: int | Unset = UNSET
    received: int | Unset = UNSET
    bounces: int | Unset = UNSET
    error: int | Unset = UNSET
    operating_systems: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sends = self.sends

        opens = self.opens

        delivered = self.delivered

        received = self.received

        bounces = self.bounces

        error = self.error

        operating_systems = self.operating_systems

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
        if operating_systems is not UNSET:
            field_dict["operating_systems"] = operating_systems

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

        operating_systems = d.pop("operating_systems", UNSET)

        push_report_operating_system = cls(
            sends=sends,
            opens=opens,
            delivered=delivered,
            received=received,
            bounces=bounces,
            error=error,
            operating_systems=operating_systems,
        )

        push_report_operating_system.additional_properties = d
        return push_report_operating_system

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
