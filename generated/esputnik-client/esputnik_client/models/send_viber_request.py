from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendViberRequest")


@_attrs_define
class SendViberRequest:
    """A single Viber message. `img`, `caption` and `action` go together. Unconfirmed: whether
    `from` is required for a single send (it is for base messages); the base messages' SMS
    fallback and transactional flag are not declared.

        Attributes:
            text (str): The text.
            from_ (str | Unset): The sender name.
            img (str | Unset): The URL of an image.
            caption (str | Unset): The button's text.
            action (str | Unset): The button's link.
            ttl_seconds (int | Unset): How long delivery is attempted, in seconds; 86400 (a day) when absent.
            ios_expirity_text (str | Unset): The text iOS shows when the message expired.
            phone_numbers (list[str] | Unset): The recipients' phone numbers.
            group_id (int | Unset): The segment to send to.
            tags (list[str] | Unset): Tags of the message.
            subscriptions_keys (list[str] | Unset): Subscription category keys.
    """

    text: str
    from_: str | Unset = UNSET
    img: str | Unset = UNSET
    caption: str | Unset = UNSET
    action: str | Unset = UNSET
    ttl_seconds: int | Unset = UNSET
    ios_expirity_text: str | Unset = UNSET
    phone_numbers: list[str] | Unset = UNSET
    group_id: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    subscriptions_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        from_ = self.from_

        img = self.img

        caption = self.caption

        action = self.action

        ttl_seconds = self.ttl_seconds

        ios_expirity_text = self.ios_expirity_text

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        group_id = self.group_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        subscriptions_keys: list[str] | Unset = UNSET
        if not isinstance(self.subscriptions_keys, Unset):
            subscriptions_keys = self.subscriptions_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if img is not UNSET:
            field_dict["img"] = img
        if caption is not UNSET:
            field_dict["caption"] = caption
        if action is not UNSET:
            field_dict["action"] = action
        if ttl_seconds is not UNSET:
            field_dict["ttlSeconds"] = ttl_seconds
        if ios_expirity_text is not UNSET:
            field_dict["iosExpirityText"] = ios_expirity_text
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if subscriptions_keys is not UNSET:
            field_dict["subscriptionsKeys"] = subscriptions_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        from_ = d.pop("from", UNSET)

        img = d.pop("img", UNSET)

        caption = d.pop("caption", UNSET)

        action = d.pop("action", UNSET)

        ttl_seconds = d.pop("ttlSeconds", UNSET)

        ios_expirity_text = d.pop("iosExpirityText", UNSET)

        phone_numbers = cast(list[str], d.pop("phoneNumbers", UNSET))

        group_id = d.pop("groupId", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        subscriptions_keys = cast(list[str], d.pop("subscriptionsKeys", UNSET))

        send_viber_request = cls(
            text=text,
            from_=from_,
            img=img,
            caption=caption,
            action=action,
            ttl_seconds=ttl_seconds,
            ios_expirity_text=ios_expirity_text,
            phone_numbers=phone_numbers,
            group_id=group_id,
            tags=tags,
            subscriptions_keys=subscriptions_keys,
        )

        send_viber_request.additional_properties = d
        return send_viber_request

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
