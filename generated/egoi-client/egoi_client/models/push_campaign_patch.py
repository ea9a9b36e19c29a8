from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_message import CampaignMessage
    from ..models.push_action import PushAction
    from ..models.push_geo_options import PushGeoOptions
    from ..models.push_notification_options import PushNotificationOptions


T = TypeVar("T", bound="PushCampaignPatch")


@_attrs_define
class PushCampaignPatch:
    """Parameters for the push campaign (the fields to change).

    Attributes:
        title (str | Unset): Push campaign subject
        content (CampaignMessage | Unset): A campaign's message without a `type`: the content of SMS and push updates,
            and the `campaign_content` of smart SMS campaigns (the reference leaves this object unnamed).
        actions (PushAction | Unset): Actions for push campaign: a button of the notification. Unconfirmed: the
            reference gives no enum for `type` (its samples show `url`), so any string is accepted, and marks no field
            required.
        geo_options (PushGeoOptions | Unset): Push geolocation options: deliver the notification in an area.
            Unconfirmed: the minimum -180 of `latitude` and `longitude` is read from the reference's samples (which show
            -180, the value its sample generator takes from a minimum); no maximum is given.
        notification_options (PushNotificationOptions | Unset): Push notification options
    """

    title: str | Unset = UNSET
    content: CampaignMessage | Unset = UNSET
    actions: PushAction | Unset = UNSET
    geo_options: PushGeoOptions | Unset = UNSET
    notification_options: PushNotificationOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions.to_dict()

        geo_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_options, Unset):
            geo_options = self.geo_options.to_dict()

        notification_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_options, Unset):
            notification_options = self.notification_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if actions is not UNSET:
            field_dict["actions"] = actions
        if geo_options is not UNSET:
            field_dict["geo_options"] = geo_options
        if notification_options is not UNSET:
            field_dict["notification_options"] = notification_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_message import CampaignMessage  # noqa: PLC0415
        from ..models.push_action import PushAction  # noqa: PLC0415
        from ..models.push_geo_options import PushGeoOptions  # noqa: PLC0415
        from ..models.push_notification_options import PushNotificationOptions  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _content = d.pop("content", UNSET)
        content: CampaignMessage | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = CampaignMessage.from_dict(_content)

        _actions = d.pop("actions", UNSET)
        actions: PushAction | Unset
        if isinstance(_actions, Unset):
            actions = UNSET
        else:
            actions = PushAction.from_dict(_actions)

        _geo_options = d.pop("geo_options", UNSET)
        geo_options: PushGeoOptions | Unset
        if isinstance(_geo_options, Unset):
            geo_options = UNSET
        else:
            geo_options = PushGeoOptions.from_dict(_geo_options)

        _notification_options = d.pop("notification_options", UNSET)
        notification_options: PushNotificationOptions | Unset
        if isinstance(_notification_options, Unset):
            notification_options = UNSET
        else:
            notification_options = PushNotificationOptions.from_dict(_notification_options)

        push_campaign_patch = cls(
            title=title,
            content=content,
            actions=actions,
            geo_options=geo_options,
            notification_options=notification_options,
        )

        push_campaign_patch.additional_properties = d
        return push_campaign_patch

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
