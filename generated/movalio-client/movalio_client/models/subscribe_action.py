from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..models.subscriber_type import SubscriberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags import Tags


T = TypeVar("T", bound="SubscribeAction")


@_attrs_define
class SubscribeAction:
    """Create a subscriber (`subscribe`). `token` is required for type=mobile_push, `email` for type=email and `phone` for
    type=sms. Answers 201 with the subscriber's `uuid`.

        Attributes:
            action (Literal['subscribe']):  Default: 'subscribe'.
            type_ (SubscriberType): Subscriber type.
            token (str | Unset): Registration token that uniquely identifies the app instance. Required for
                type=mobile_push.
            platform (Platform | Unset): iOS or Android for type=mobile_push, Email for type=email.
            email (str | Unset): The email address of the subscriber. Required for type=email.
            firstname (str | Unset): Subscriber first name.
            lastname (str | Unset): Subscriber last name.
            phone (str | Unset): Subscriber phone. Required for type=sms.
            language (str | Unset): Language code (ISO 639-1), optionally followed by a country code (ISO 3166-1 alpha-2),
                e.g. `en` or `en-US`. Unconfirmed: `_` as separator and any letter case are accepted.
            currency (str | Unset): Currency code (ISO 4217), e.g. `USD`.
            timezone (int | Unset): Timezone offset from UTC in minutes, e.g. -180. Unconfirmed: the sign convention and the
                bounds (-720..840, UTC-12:00..UTC+14:00) are not documented.
            ua (str | Unset): Device user agent.
            tags (Tags | Unset): Tags (attributes) of a subscriber: a map of tag name to tag value. Unconfirmed: the
                examples only show string values; numbers, booleans and null are accepted too.
            user_id (int | str | Unset): External user (account) id. Unconfirmed: documented as String but sent as a number
                in the examples (`"user_id": 4212451`); both are accepted.
    """

    type_: SubscriberType
    action: Literal["subscribe"] = "subscribe"
    token: str | Unset = UNSET
    platform: Platform | Unset = UNSET
    email: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    phone: str | Unset = UNSET
    language: str | Unset = UNSET
    currency: str | Unset = UNSET
    timezone: int | Unset = UNSET
    ua: str | Unset = UNSET
    tags: Tags | Unset = UNSET
    user_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        type_ = self.type_.value

        token = self.token

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.value

        email = self.email

        firstname = self.firstname

        lastname = self.lastname

        phone = self.phone

        language = self.language

        currency = self.currency

        timezone = self.timezone

        ua = self.ua

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        user_id: int | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "type": type_,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if platform is not UNSET:
            field_dict["platform"] = platform
        if email is not UNSET:
            field_dict["email"] = email
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if phone is not UNSET:
            field_dict["phone"] = phone
        if language is not UNSET:
            field_dict["language"] = language
        if currency is not UNSET:
            field_dict["currency"] = currency
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if ua is not UNSET:
            field_dict["ua"] = ua
        if tags is not UNSET:
            field_dict["tags"] = tags
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["subscribe"], d.pop("action"))
        if action != "subscribe":
            raise ValueError(f"action must match const 'subscribe', got '{action}'")

        type_ = SubscriberType(d.pop("type"))

        token = d.pop("token", UNSET)

        _platform = d.pop("platform", UNSET)
        platform: Platform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = Platform(_platform)

        email = d.pop("email", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        phone = d.pop("phone", UNSET)

        language = d.pop("language", UNSET)

        currency = d.pop("currency", UNSET)

        timezone = d.pop("timezone", UNSET)

        ua = d.pop("ua", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        def _parse_user_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        subscribe_action = cls(
            action=action,
            type_=type_,
            token=token,
            platform=platform,
            email=email,
            firstname=firstname,
            lastname=lastname,
            phone=phone,
            language=language,
            currency=currency,
            timezone=timezone,
            ua=ua,
            tags=tags,
            user_id=user_id,
        )

        subscribe_action.additional_properties = d
        return subscribe_action

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
