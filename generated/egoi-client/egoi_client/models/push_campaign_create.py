from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_content_template import CampaignContentTemplate
    from ..models.campaign_content_text import CampaignContentText
    from ..models.push_action import PushAction
    from ..models.push_geo_options import PushGeoOptions
    from ..models.push_notification_options import PushNotificationOptions


T = TypeVar("T", bound="PushCampaignCreate")


@_attrs_define
class PushCampaignCreate:
    """Parameters for the push campaign

    Attributes:
        app_id (str): A push app id (the reference's `Push App Id`, pattern `[a-zA-Z0-9_-]*` unanchored; anchored here,
            as the characters of an id).
        title (str): Push campaign subject
        content (CampaignContentTemplate | CampaignContentText): Content of an SMS or push campaign (the reference's
            `Campaign Content`), chosen by `type`; SMS and push show the same shape. Unconfirmed: the reference shows only
            the `text` variant; `template` (a saved template) is written leniently (only `type` is required).
        actions (PushAction | Unset): Actions for push campaign: a button of the notification. Unconfirmed: the
            reference gives no enum for `type` (its samples show `url`), so any string is accepted, and marks no field
            required.
        geo_options (PushGeoOptions | Unset): Push geolocation options: deliver the notification in an area.
            Unconfirmed: the minimum -180 of `latitude` and `longitude` is read from the reference's samples (which show
            -180, the value its sample generator takes from a minimum); no maximum is given.
        notification_options (PushNotificationOptions | Unset): Push notification options
    """

    app_id: str
    title: str
    content: CampaignContentTemplate | CampaignContentText
    actions: PushAction | Unset = UNSET
    geo_options: PushGeoOptions | Unset = UNSET
    notification_options: PushNotificationOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_content_text import CampaignContentText  # noqa: PLC0415

        app_id = self.app_id

        title = self.title

        content: dict[str, Any]
        if isinstance(self.content, CampaignContentText):
            content = self.content.to_dict()
        else:
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
        field_dict.update(
            {
                "app_id": app_id,
                "title": title,
                "content": content,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if geo_options is not UNSET:
            field_dict["geo_options"] = geo_options
        if notification_options is not UNSET:
            field_dict["notification_options"] = notification_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_content_template import CampaignContentTemplate  # noqa: PLC0415
        from ..models.campaign_content_text import CampaignContentText  # noqa: PLC0415
        from ..models.push_action import PushAction  # noqa: PLC0415
        from ..models.push_geo_options import PushGeoOptions  # noqa: PLC0415
        from ..models.push_notification_options import PushNotificationOptions  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

        title = d.pop("title")

        def _parse_content(data: object) -> CampaignContentTemplate | CampaignContentText:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_campaign_message_content_type_0 = CampaignContentText.from_dict(data)

                return componentsschemas_campaign_message_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_message_content_type_1 = CampaignContentTemplate.from_dict(data)

            return componentsschemas_campaign_message_content_type_1

        content = _parse_content(d.pop("content"))

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

        push_campaign_create = cls(
            app_id=app_id,
            title=title,
            content=content,
            actions=actions,
            geo_options=geo_options,
            notification_options=notification_options,
        )

        push_campaign_create.additional_properties = d
        return push_campaign_create

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
