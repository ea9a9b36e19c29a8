from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LimitHour")


@_attrs_define
class LimitHour:
    """Hour limit to send the campaign: sending happens only between `hour_start` and `hour_end`. Unconfirmed: the
    reference marks neither field required.

        Attributes:
            hour_start (str | Unset): Start of the sending window, `hh:mm`. Example: 13:00.
            hour_end (str | Unset): End of the sending window, `hh:mm`. Example: 15:00.
    """

    hour_start: str | Unset = UNSET
    hour_end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hour_start = self.hour_start

        hour_end = self.hour_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hour_start is not UNSET:
            field_dict["hour_start"] = hour_start
        if hour_end is not UNSET:
            field_dict["hour_end"] = hour_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hour_start = d.pop("hour_start", UNSET)

        hour_end = d.pop("hour_end", UNSET)

        limit_hour = cls(
            hour_start=hour_start,
            hour_end=hour_end,
        )

        limit_hour.additional_properties = d
        return limit_hour

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
