from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags import Tags


T = TypeVar("T", bound="SubscriberEventAction")


@_attrs_define
class SubscriberEventAction:
    """Send a subscriber event (`subscriber:event`), identified by `uuid` or, when `uuid` is absent, by `user_id`.

    Attributes:
        action (Literal['subscriber:event']):  Default: 'subscriber:event'.
        event (str): Name of the event. Sent as written (the documentation's example carries a trailing space:
            `"search_results_viewed "`).
        uuid (str | Unset): Subscriber ID received on registration (the `uuid` answered by subscribe). The examples are
            all UUIDs; Unconfirmed: any non-empty string is accepted.
        user_id (int | str | Unset): External user (account) id. Unconfirmed: documented as String but sent as a number
            in the examples (`"user_id": 4212451`); both are accepted.
        value (float | Unset): Custom value for this event.
        tags (Tags | Unset): Tags (attributes) of a subscriber: a map of tag name to tag value. Unconfirmed: the
            examples only show string values; numbers, booleans and null are accepted too.
    """

    event: str
    action: Literal["subscriber:event"] = "subscriber:event"
    uuid: str | Unset = UNSET
    user_id: int | str | Unset = UNSET
    value: float | Unset = UNSET
    tags: Tags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        event = self.event

        uuid = self.uuid

        user_id: int | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        value = self.value

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "event": event,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if value is not UNSET:
            field_dict["value"] = value
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["subscriber:event"], d.pop("action"))
        if action != "subscriber:event":
            raise ValueError(f"action must match const 'subscriber:event', got '{action}'")

        event = d.pop("event")

        uuid = d.pop("uuid", UNSET)

        def _parse_user_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        value = d.pop("value", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        subscriber_event_action = cls(
            action=action,
            event=event,
            uuid=uuid,
            user_id=user_id,
            value=value,
            tags=tags,
        )

        subscriber_event_action.additional_properties = d
        return subscriber_event_action

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
