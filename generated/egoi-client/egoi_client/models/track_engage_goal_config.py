from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackEngageGoalConfig")


@_attrs_define
class TrackEngageGoalConfig:
    """How a Track&Engage goal converts.

    Attributes:
        type_ (str | Unset): How the goal is triggered (e.g. `manual`). Unconfirmed: the other values are not
            documented; any string is accepted.
        multiple_conversion (bool | Unset): Whether a contact can convert more than once.
    """

    type_: str | Unset = UNSET
    multiple_conversion: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        multiple_conversion = self.multiple_conversion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if multiple_conversion is not UNSET:
            field_dict["multiple_conversion"] = multiple_conversion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        multiple_conversion = d.pop("multiple_conversion", UNSET)

        track_engage_goal_config = cls(
            type_=type_,
            multiple_conversion=multiple_conversion,
        )

        track_engage_goal_config.additional_properties = d
        return track_engage_goal_config

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
