from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushGeoOptions")


@_attrs_define
class PushGeoOptions:
    """Push geolocation options: deliver the notification in an area. Unconfirmed: the minimum -180 of `latitude` and
    `longitude` is read from the reference's samples (which show -180, the value its sample generator takes from a
    minimum); no maximum is given.

        Attributes:
            latitude (float | Unset):
            longitude (float | Unset):
            range_ (float | Unset): Radius of the area.
            duration (int | Unset): How long the geolocated notification stays active.
    """

    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    range_: float | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        range_ = self.range_

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if range_ is not UNSET:
            field_dict["range"] = range_
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        range_ = d.pop("range", UNSET)

        duration = d.pop("duration", UNSET)

        push_geo_options = cls(
            latitude=latitude,
            longitude=longitude,
            range_=range_,
            duration=duration,
        )

        push_geo_options.additional_properties = d
        return push_geo_options

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
