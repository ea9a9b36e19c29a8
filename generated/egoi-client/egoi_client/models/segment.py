from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_type import SegmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    """A segment of a list. Unconfirmed: the reference shows only `type`, `segment_id` and `name`; other properties a
    segment type may carry are accepted.

        Attributes:
            type_ (SegmentType | Unset): Type of segment.
            segment_id (str | Unset): ID of the Segment
            name (str | Unset): Segment name
    """

    type_: SegmentType | Unset = UNSET
    segment_id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        segment_id = self.segment_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: SegmentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SegmentType(_type_)

        segment_id = d.pop("segment_id", UNSET)

        name = d.pop("name", UNSET)

        segment = cls(
            type_=type_,
            segment_id=segment_id,
            name=name,
        )

        segment.additional_properties = d
        return segment

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
