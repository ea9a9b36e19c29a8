from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_type import ChannelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Channel")


@_attrs_define
class Channel:
    """A media channel of a contact. Unconfirmed: `device` and `webPushSubscription` appear in
    one client only, without types (any JSON value).

        Attributes:
            type_ (ChannelType): The kind of channel. Unconfirmed: `telegram` and `viber` appear in a third-party schema
                only.
            value (str): The address (an email, a phone number, a push token).
            device (Any | Unset): The device of a push channel. Unconfirmed (see above).
            web_push_subscription (Any | Unset): The web push subscription. Unconfirmed (see above).
    """

    type_: ChannelType
    value: str
    device: Any | Unset = UNSET
    web_push_subscription: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        device = self.device

        web_push_subscription = self.web_push_subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if device is not UNSET:
            field_dict["device"] = device
        if web_push_subscription is not UNSET:
            field_dict["webPushSubscription"] = web_push_subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ChannelType(d.pop("type"))

        value = d.pop("value")

        device = d.pop("device", UNSET)

        web_push_subscription = d.pop("webPushSubscription", UNSET)

        channel = cls(
            type_=type_,
            value=value,
            device=device,
            web_push_subscription=web_push_subscription,
        )

        channel.additional_properties = d
        return channel

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
