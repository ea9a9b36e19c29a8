from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartSendRecipient")


@_attrs_define
class SmartSendRecipient:
    """A recipient: `locator` (an email for email; a phone for SMS and Viber; a device token
    or Device ID for push and App Inbox) or, instead, `contactId`.

    Unconfirmed: `externalRequestId` and `email` on the recipient are sent by one client
    only (the guide shows them at the top level).

        Attributes:
            locator (str | Unset): The recipient's address for the message's channel.
            contact_id (int | Unset): The contact's id, instead of `locator`.
            json_param (None | str | Unset): The recipient's data: a JSON object serialized into a string, read in the
                message
                as `$!data.get('key')`.
            language_code (str | Unset): The language of a multilingual message.
            external_request_id (str | Unset): A caller-side id for tracking. Unconfirmed here (see above).
            email (bool | Unset): Whether the message is an email. Unconfirmed here (see above).
    """

    locator: str | Unset = UNSET
    contact_id: int | Unset = UNSET
    json_param: None | str | Unset = UNSET
    language_code: str | Unset = UNSET
    external_request_id: str | Unset = UNSET
    email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locator = self.locator

        contact_id = self.contact_id

        json_param: None | str | Unset
        if isinstance(self.json_param, Unset):
            json_param = UNSET
        else:
            json_param = self.json_param

        language_code = self.language_code

        external_request_id = self.external_request_id

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locator is not UNSET:
            field_dict["locator"] = locator
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if json_param is not UNSET:
            field_dict["jsonParam"] = json_param
        if language_code is not UNSET:
            field_dict["languageCode"] = language_code
        if external_request_id is not UNSET:
            field_dict["externalRequestId"] = external_request_id
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        locator = d.pop("locator", UNSET)

        contact_id = d.pop("contactId", UNSET)

        def _parse_json_param(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        json_param = _parse_json_param(d.pop("jsonParam", UNSET))

        language_code = d.pop("languageCode", UNSET)

        external_request_id = d.pop("externalRequestId", UNSET)

        email = d.pop("email", UNSET)

        smart_send_recipient = cls(
            locator=locator,
            contact_id=contact_id,
            json_param=json_param,
            language_code=language_code,
            external_request_id=external_request_id,
            email=email,
        )

        smart_send_recipient.additional_properties = d
        return smart_send_recipient

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
