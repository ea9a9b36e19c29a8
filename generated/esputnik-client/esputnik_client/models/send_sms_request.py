from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """A single SMS: to `phoneNumbers`, or to the segment `groupId` (one of them is required).
    Unconfirmed: the link-tracking flag (default off) exists but its name is not documented.

        Attributes:
            from_ (str): A valid sender (alpha) name of the account.
            text (str): The text.
            phone_numbers (list[str] | Unset): The recipients' phone numbers; required without `groupId`.
            group_id (int | Unset): The segment to send to; required without `phoneNumbers`.
            tags (list[str] | Unset): Tags of the message.
            external_request_id (str | Unset): A caller-side id shared by all recipients.
            subscriptions_keys (list[str] | Unset): Subscription category keys.
    """

    from_: str
    text: str
    phone_numbers: list[str] | Unset = UNSET
    group_id: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    external_request_id: str | Unset = UNSET
    subscriptions_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        text = self.text

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        group_id = self.group_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        external_request_id = self.external_request_id

        subscriptions_keys: list[str] | Unset = UNSET
        if not isinstance(self.subscriptions_keys, Unset):
            subscriptions_keys = self.subscriptions_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "text": text,
            }
        )
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if external_request_id is not UNSET:
            field_dict["externalRequestId"] = external_request_id
        if subscriptions_keys is not UNSET:
            field_dict["subscriptionsKeys"] = subscriptions_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        text = d.pop("text")

        phone_numbers = cast(list[str], d.pop("phoneNumbers", UNSET))

        group_id = d.pop("groupId", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        external_request_id = d.pop("externalRequestId", UNSET)

        subscriptions_keys = cast(list[str], d.pop("subscriptionsKeys", UNSET))

        send_sms_request = cls(
            from_=from_,
            text=text,
            phone_numbers=phone_numbers,
            group_id=group_id,
            tags=tags,
            external_request_id=external_request_id,
            subscriptions_keys=subscriptions_keys,
        )

        send_sms_request.additional_properties = d
        return send_sms_request

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
