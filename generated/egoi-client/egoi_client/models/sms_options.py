from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsOptions")


@_attrs_define
class SmsOptions:
    """Campaign Options of SMS and smart SMS campaigns. Unconfirmed: the reference gives no enum or bounds; its samples
    show `encoding` `gsm` and `max_messages` 5.

        Attributes:
            encoding (str | Unset): Character encoding of the message (`gsm` in the reference's samples).
            max_messages (int | Unset): Maximum number of SMS parts a message may be split into.
    """

    encoding: str | Unset = UNSET
    max_messages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encoding = self.encoding

        max_messages = self.max_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if max_messages is not UNSET:
            field_dict["max_messages"] = max_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encoding = d.pop("encoding", UNSET)

        max_messages = d.pop("max_messages", UNSET)

        sms_options = cls(
            encoding=encoding,
            max_messages=max_messages,
        )

        sms_options.additional_properties = d
        return sms_options

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
