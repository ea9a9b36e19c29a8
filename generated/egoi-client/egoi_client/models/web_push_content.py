from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebPushContent")


@_attrs_define
class WebPushContent:
    """Campaign Content of a web push campaign (also of web push RSS campaigns). Unconfirmed: the reference marks no field
    required.

        Attributes:
            title (str | Unset):
            message (str | Unset):
            link (str | Unset): Where the notification leads.
            icon (str | Unset): Icon of the notification.
    """

    title: str | Unset = UNSET
    message: str | Unset = UNSET
    link: str | Unset = UNSET
    icon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        message = self.message

        link = self.link

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if message is not UNSET:
            field_dict["message"] = message
        if link is not UNSET:
            field_dict["link"] = link
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        message = d.pop("message", UNSET)

        link = d.pop("link", UNSET)

        icon = d.pop("icon", UNSET)

        web_push_content = cls(
            title=title,
            message=message,
            link=link,
            icon=icon,
        )

        web_push_content.additional_properties = d
        return web_push_content

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
