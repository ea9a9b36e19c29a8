from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_push_action import WebPushAction
    from ..models.web_push_content import WebPushContent


T = TypeVar("T", bound="WebPushCampaignPatch")


@_attrs_define
class WebPushCampaignPatch:
    """Parameters for the Webpush Campaign (the fields to change).

    Attributes:
        internal_name (str | Unset): Webpush campaign internal title
        content (WebPushContent | Unset): Campaign Content of a web push campaign (also of web push RSS campaigns).
            Unconfirmed: the reference marks no field required.
        actions (list[WebPushAction] | Unset):
    """

    internal_name: str | Unset = UNSET
    content: WebPushContent | Unset = UNSET
    actions: list[WebPushAction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_name = self.internal_name

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if content is not UNSET:
            field_dict["content"] = content
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_push_action import WebPushAction  # noqa: PLC0415
        from ..models.web_push_content import WebPushContent  # noqa: PLC0415

        d = dict(src_dict)
        internal_name = d.pop("internal_name", UNSET)

        _content = d.pop("content", UNSET)
        content: WebPushContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = WebPushContent.from_dict(_content)

        _actions = d.pop("actions", UNSET)
        actions: list[WebPushAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = WebPushAction.from_dict(actions_item_data)

                actions.append(actions_item)

        web_push_campaign_patch = cls(
            internal_name=internal_name,
            content=content,
            actions=actions,
        )

        web_push_campaign_patch.additional_properties = d
        return web_push_campaign_patch

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
