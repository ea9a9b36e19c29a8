from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCategory")


@_attrs_define
class SubscriptionCategory:
    """A subscription category members can subscribe to. Unconfirmed: which fields are always
    present is not documented; none are required.

        Attributes:
            id (int | str | Unset): The id of a subscription category. Unconfirmed: the type is not documented; a string or
                an
                integer is accepted.
            name (str | Unset): The name of the category.
            channels (list[str] | Unset): The channels the category can be subscribed on. Unconfirmed: the values are not
                documented (probably `EMAIL` and `SMS`), so any string is accepted.
    """

    id: int | str | Unset = UNSET
    name: str | Unset = UNSET
    channels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        channels: list[str] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        name = d.pop("name", UNSET)

        channels = cast(list[str], d.pop("channels", UNSET))

        subscription_category = cls(
            id=id,
            name=name,
            channels=channels,
        )

        subscription_category.additional_properties = d
        return subscription_category

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
