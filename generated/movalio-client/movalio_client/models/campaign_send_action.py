from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_send_action_template_data import CampaignSendActionTemplateData


T = TypeVar("T", bound="CampaignSendAction")


@_attrs_define
class CampaignSendAction:
    """Trigger a transactional campaign (`campaign:send`) for a subscriber identified by `uuid` or, when `uuid` is absent,
    by `user_id`. Answers 200 with `CampaignQueued`.

        Attributes:
            action (Literal['campaign:send']):  Default: 'campaign:send'.
            campaign_id (int): Id of the campaign to be sent.
            uuid (str | Unset): Subscriber ID received on registration (the `uuid` answered by subscribe). The examples are
                all UUIDs; Unconfirmed: any non-empty string is accepted.
            user_id (int | str | Unset): External user (account) id. Unconfirmed: documented as String but sent as a number
                in the examples (`"user_id": 4212451`); both are accepted.
            template_data (CampaignSendActionTemplateData | Unset): Tags to be replaced in the campaign, by name.
                Unconfirmed: any JSON values are accepted.
    """

    campaign_id: int
    action: Literal["campaign:send"] = "campaign:send"
    uuid: str | Unset = UNSET
    user_id: int | str | Unset = UNSET
    template_data: CampaignSendActionTemplateData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        campaign_id = self.campaign_id

        uuid = self.uuid

        user_id: int | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        template_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_data, Unset):
            template_data = self.template_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "campaign_id": campaign_id,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if template_data is not UNSET:
            field_dict["template_data"] = template_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_send_action_template_data import CampaignSendActionTemplateData  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["campaign:send"], d.pop("action"))
        if action != "campaign:send":
            raise ValueError(f"action must match const 'campaign:send', got '{action}'")

        campaign_id = d.pop("campaign_id")

        uuid = d.pop("uuid", UNSET)

        def _parse_user_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        _template_data = d.pop("template_data", UNSET)
        template_data: CampaignSendActionTemplateData | Unset
        if isinstance(_template_data, Unset):
            template_data = UNSET
        else:
            template_data = CampaignSendActionTemplateData.from_dict(_template_data)

        campaign_send_action = cls(
            action=action,
            campaign_id=campaign_id,
            uuid=uuid,
            user_id=user_id,
            template_data=template_data,
        )

        campaign_send_action.additional_properties = d
        return campaign_send_action

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
