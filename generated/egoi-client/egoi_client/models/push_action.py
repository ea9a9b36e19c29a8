from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushAction")


@_attrs_define
class PushAction:
    """Actions for push campaign: a button of the notification. Unconfirmed: the reference gives no enum for `type` (its
    samples show `url`), so any string is accepted, and marks no field required.

        Attributes:
            type_ (str | Unset): Kind of action (`url` in the reference's samples).
            title (str | Unset): Label of the action.
            link (str | Unset): Where the action leads.
            cancel_label (str | Unset): Label of the button that dismisses the notification.
    """

    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    link: str | Unset = UNSET
    cancel_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        link = self.link

        cancel_label = self.cancel_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if link is not UNSET:
            field_dict["link"] = link
        if cancel_label is not UNSET:
            field_dict["cancel_label"] = cancel_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        title = d.pop("title", UNSET)

        link = d.pop("link", UNSET)

        cancel_label = d.pop("cancel_label", UNSET)

        push_action = cls(
            type_=type_,
            title=title,
            link=link,
            cancel_label=cancel_label,
        )

        push_action.additional_properties = d
        return push_action

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
