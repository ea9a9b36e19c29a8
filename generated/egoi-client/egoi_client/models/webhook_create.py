from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_action import WebhookAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookCreate")


@_attrs_define
class WebhookCreate:
    """A new webhook.

    Attributes:
        list_id (int): A numeric E-goi id (`ID`).
        url (str): URL to send the webhook to. Unconfirmed: the reference's own sample is the word `string`, so no URL
            format is enforced; E-goi supports only http and https URLs.
        actions (list[WebhookAction]): Actions that will trigger the webhook
        fields (list[str] | Unset): Array of contact field IDs to be displayed in the webhook
    """

    list_id: int
    url: str
    actions: list[WebhookAction]
    fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        url = self.url

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.value
            actions.append(actions_item)

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "url": url,
                "actions": actions,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        url = d.pop("url")

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = WebhookAction(actions_item_data)

            actions.append(actions_item)

        fields = cast(list[str], d.pop("fields", UNSET))

        webhook_create = cls(
            list_id=list_id,
            url=url,
            actions=actions,
            fields=fields,
        )

        webhook_create.additional_properties = d
        return webhook_create

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
