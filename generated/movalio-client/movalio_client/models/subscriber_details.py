from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscriber_details_unsubscribed import SubscriberDetailsUnsubscribed
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber_tag import SubscriberTag


T = TypeVar("T", bound="SubscriberDetails")


@_attrs_define
class SubscriberDetails:
    """The subscriber's details, the answer to subscriber:details.

    Attributes:
        unsubscribed (SubscriberDetailsUnsubscribed): 1 when the subscriber is unsubscribed, 0 otherwise.
        tags (list[SubscriberTag]):
        updated_at (datetime.datetime):
        email (None | str | Unset): The subscriber's email address, or null.
    """

    unsubscribed: SubscriberDetailsUnsubscribed
    tags: list[SubscriberTag]
    updated_at: datetime.datetime
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unsubscribed = self.unsubscribed.value

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        updated_at = self.updated_at.isoformat()

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unsubscribed": unsubscribed,
                "tags": tags,
                "updated_at": updated_at,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriber_tag import SubscriberTag  # noqa: PLC0415

        d = dict(src_dict)
        unsubscribed = SubscriberDetailsUnsubscribed(d.pop("unsubscribed"))

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = SubscriberTag.from_dict(tags_item_data)

            tags.append(tags_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        subscriber_details = cls(
            unsubscribed=unsubscribed,
            tags=tags,
            updated_at=updated_at,
            email=email,
        )

        subscriber_details.additional_properties = d
        return subscriber_details

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
