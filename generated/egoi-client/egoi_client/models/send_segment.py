from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSegment")


@_attrs_define
class SendSegment:
    """The contacts of one segment of the list. Unconfirmed: not shown in the reference; the name of the field holding the
    segment id (`data`) is unconfirmed and not required.

        Attributes:
            type_ (Literal['segment']):
            data (str | Unset): ID of the segment (segment ids are strings).
    """

    type_: Literal["segment"]
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["segment"], d.pop("type"))
        if type_ != "segment":
            raise ValueError(f"type must match const 'segment', got '{type_}'")

        data = d.pop("data", UNSET)

        send_segment = cls(
            type_=type_,
            data=data,
        )

        send_segment.additional_properties = d
        return send_segment

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
