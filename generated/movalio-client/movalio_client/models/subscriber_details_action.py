from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriberDetailsAction")


@_attrs_define
class SubscriberDetailsAction:
    """Get a subscriber's details (`subscriber:details`), identified by `uuid` only. Answers 200 with `SubscriberDetails`.

    Attributes:
        action (Literal['subscriber:details']):  Default: 'subscriber:details'.
        uuid (str): Subscriber ID received on registration (the `uuid` answered by subscribe). The examples are all
            UUIDs; Unconfirmed: any non-empty string is accepted.
    """

    uuid: str
    action: Literal["subscriber:details"] = "subscriber:details"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "uuid": uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["subscriber:details"], d.pop("action"))
        if action != "subscriber:details":
            raise ValueError(f"action must match const 'subscriber:details', got '{action}'")

        uuid = d.pop("uuid")

        subscriber_details_action = cls(
            action=action,
            uuid=uuid,
        )

        subscriber_details_action.additional_properties = d
        return subscriber_details_action

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
