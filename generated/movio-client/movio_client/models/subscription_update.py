from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_channel import SubscriptionChannel
from ..models.subscription_state import SubscriptionState
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionUpdate")


@_attrs_define
class SubscriptionUpdate:
    """The member's subscription to one category on one channel. Unconfirmed: required marks were
    not captured, so no field is required; `state` defaults to `UNSUBSCRIBED`.

        Attributes:
            category_id (int | str | Unset): The id of a subscription category. Unconfirmed: the type is not documented; a
                string or an
                integer is accepted.
            channel (SubscriptionChannel | Unset): The channel of a subscription.
            state (SubscriptionState | Unset): Whether the member is subscribed. Default: SubscriptionState.UNSUBSCRIBED.
    """

    category_id: int | str | Unset = UNSET
    channel: SubscriptionChannel | Unset = UNSET
    state: SubscriptionState | Unset = SubscriptionState.UNSUBSCRIBED
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id: int | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_category_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        _channel = d.pop("channel", UNSET)
        channel: SubscriptionChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = SubscriptionChannel(_channel)

        _state = d.pop("state", UNSET)
        state: SubscriptionState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = SubscriptionState(_state)

        subscription_update = cls(
            category_id=category_id,
            channel=channel,
            state=state,
        )

        subscription_update.additional_properties = d
        return subscription_update

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
