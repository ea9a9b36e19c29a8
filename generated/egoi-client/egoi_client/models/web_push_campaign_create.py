from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_push_action import WebPushAction
    from ..models.web_push_content import WebPushContent


T = TypeVar("T", bound="WebPushCampaignCreate")


@_attrs_define
class WebPushCampaignCreate:
    """Parameters for the webpush campaign

    Attributes:
        site_id (int): A numeric E-goi id (`ID`).
        internal_name (str): Webpush campaign internal title
        content (WebPushContent): Campaign Content of a web push campaign (also of web push RSS campaigns). Unconfirmed:
            the reference marks no field required.
        actions (list[WebPushAction] | Unset):
    """

    site_id: int
    internal_name: str
    content: WebPushContent
    actions: list[WebPushAction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        site_id = self.site_id

        internal_name = self.internal_name

        content = self.content.to_dict()

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "site_id": site_id,
                "internal_name": internal_name,
                "content": content,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_push_action import WebPushAction  # noqa: PLC0415
        from ..models.web_push_content import WebPushContent  # noqa: PLC0415

        d = dict(src_dict)
        site_id = d.pop("site_id")

        internal_name = d.pop("internal_name")

        content = WebPushContent.from_dict(d.pop("content"))

        _actions = d.pop("actions", UNSET)
        actions: list[WebPushAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = WebPushAction.from_dict(actions_item_data)

                actions.append(actions_item)

        web_push_campaign_create = cls(
            site_id=site_id,
            internal_name=internal_name,
            content=content,
            actions=actions,
        )

        web_push_campaign_create.additional_properties = d
        return web_push_campaign_create

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
