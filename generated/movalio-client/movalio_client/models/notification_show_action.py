from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationShowAction")


@_attrs_define
class NotificationShowAction:
    """Report that a push notification was shown (`notification:show`), identified by `uuid` or, when `uuid` is absent, by
    `user_id`.

        Attributes:
            action (Literal['notification:show']):  Default: 'notification:show'.
            n_id (int | str): Notification id, received with the push notification. Unconfirmed: documented as String but
                sent as a number in the example (`"n_id": 167`); both are accepted.
            uuid (str | Unset): Subscriber ID received on registration (the `uuid` answered by subscribe). The examples are
                all UUIDs; Unconfirmed: any non-empty string is accepted.
            user_id (int | str | Unset): External user (account) id. Unconfirmed: documented as String but sent as a number
                in the examples (`"user_id": 4212451`); both are accepted.
    """

    n_id: int | str
    action: Literal["notification:show"] = "notification:show"
    uuid: str | Unset = UNSET
    user_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        n_id: int | str
        n_id = self.n_id

        uuid = self.uuid

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
                "n_id": n_id,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["notification:show"], d.pop("action"))
        if action != "notification:show":
            raise ValueError(f"action must match const 'notification:show', got '{action}'")

        def _parse_n_id(data: object) -> int | str:
            return cast(int | str, data)

        n_id = _parse_n_id(d.pop("n_id"))

        uuid = d.pop("uuid", UNSET)

        def _parse_user_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        notification_show_action = cls(
            action=action,
            n_id=n_id,
            uuid=uuid,
            user_id=user_id,
        )

        notification_show_action.additional_properties = d
        return notification_show_action

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
