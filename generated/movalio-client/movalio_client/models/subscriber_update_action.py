from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberUpdateAction")


@_attrs_define
class SubscriberUpdateAction:
    """Update a subscriber (`subscriber:update`), identified by `uuid` or, when `uuid` is absent, by `user_id`. To link an
    external user id to a subscriber, send both `uuid` and `user_id`.

        Attributes:
            action (Literal['subscriber:update']):  Default: 'subscriber:update'.
            uuid (str | Unset): Subscriber ID received on registration (the `uuid` answered by subscribe). The examples are
                all UUIDs; Unconfirmed: any non-empty string is accepted.
            user_id (int | str | Unset): External user (account) id. Unconfirmed: documented as String but sent as a number
                in the examples (`"user_id": 4212451`); both are accepted.
            token (str | Unset): Registration token that uniquely identifies the app instance.
            firstname (str | Unset): Subscriber first name.
            lastname (str | Unset): Subscriber last name.
            language (str | Unset): Language code (ISO 639-1), optionally followed by a country code (ISO 3166-1 alpha-2),
                e.g. `en` or `en-US`. Unconfirmed: `_` as separator and any letter case are accepted.
            currency (str | Unset): Currency code (ISO 4217), e.g. `USD`.
            timezone (int | Unset): Timezone offset from UTC in minutes, e.g. -180. Unconfirmed: the sign convention and the
                bounds (-720..840, UTC-12:00..UTC+14:00) are not documented.
            ua (str | Unset): Device user agent.
    """

    action: Literal["subscriber:update"] = "subscriber:update"
    uuid: str | Unset = UNSET
    user_id: int | str | Unset = UNSET
    token: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    language: str | Unset = UNSET
    currency: str | Unset = UNSET
    timezone: int | Unset = UNSET
    ua: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        uuid = self.uuid

        user_id: int | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        token = self.token

        firstname = self.firstname

        lastname = self.lastname

        language = self.language

        currency = self.currency

        timezone = self.timezone

        ua = self.ua

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if token is not UNSET:
            field_dict["token"] = token
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if language is not UNSET:
            field_dict["language"] = language
        if currency is not UNSET:
            field_dict["currency"] = currency
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if ua is not UNSET:
            field_dict["ua"] = ua

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["subscriber:update"], d.pop("action"))
        if action != "subscriber:update":
            raise ValueError(f"action must match const 'subscriber:update', got '{action}'")

        uuid = d.pop("uuid", UNSET)

        def _parse_user_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        token = d.pop("token", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        language = d.pop("language", UNSET)

        currency = d.pop("currency", UNSET)

        timezone = d.pop("timezone", UNSET)

        ua = d.pop("ua", UNSET)

        subscriber_update_action = cls(
            action=action,
            uuid=uuid,
            user_id=user_id,
            token=token,
            firstname=firstname,
            lastname=lastname,
            language=language,
            currency=currency,
            timezone=timezone,
            ua=ua,
        )

        subscriber_update_action.additional_properties = d
        return subscriber_update_action

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
