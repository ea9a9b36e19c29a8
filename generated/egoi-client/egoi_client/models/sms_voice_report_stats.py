from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsVoiceReportStats")


@_attrs_define
class SmsVoiceReportStats:
    """Counters of an SMS or voice campaign report, overall or for one network.

    Attributes:
        sends (int | Unset):
        delivered (int | Unset):
        error (int | Unset):
        invalid (int | Unset):
        pending (int | Unset):
    """

    sends: int | Unset = UNSET
    delivered: int | Unset = UNSET
    error: int | Unset = UNSET
    invalid: int | Unset = UNSET
    pending: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sends = self.sends

        delivered = self.delivered

        error = self.error

        invalid = self.invalid

        pending = self.pending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sends is not UNSET:
            field_dict["sends"] = sends
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if error is not UNSET:
            field_dict["error"] = error
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if pending is not UNSET:
            field_dict["pending"] = pending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sends = d.pop("sends", UNSET)

        delivered = d.pop("delivered", UNSET)

        error = d.pop("error", UNSET)

        invalid = d.pop("invalid", UNSET)

        pending = d.pop("pending", UNSET)

        sms_voice_report_stats = cls(
            sends=sends,
            delivered=delivered,
            error=error,
            invalid=invalid,
            pending=pending,
        )

        sms_voice_report_stats.additional_properties = d
        return sms_voice_report_stats

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
