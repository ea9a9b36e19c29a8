from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_message import CampaignMessage
    from ..models.sms_options import SmsOptions


T = TypeVar("T", bound="SmsCampaignPatch")


@_attrs_define
class SmsCampaignPatch:
    """Parameters for the Sms Campaign (the fields to change).

    Attributes:
        internal_name (str | Unset): SMS campaign internal name
        content (CampaignMessage | Unset): A campaign's message without a `type`: the content of SMS and push updates,
            and the `campaign_content` of smart SMS campaigns (the reference leaves this object unnamed).
        sender_id (int | Unset): A numeric E-goi id (`ID`).
        options (SmsOptions | Unset): Campaign Options of SMS and smart SMS campaigns. Unconfirmed: the reference gives
            no enum or bounds; its samples show `encoding` `gsm` and `max_messages` 5.
    """

    internal_name: str | Unset = UNSET
    content: CampaignMessage | Unset = UNSET
    sender_id: int | Unset = UNSET
    options: SmsOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_name = self.internal_name

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        sender_id = self.sender_id

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if content is not UNSET:
            field_dict["content"] = content
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_message import CampaignMessage  # noqa: PLC0415
        from ..models.sms_options import SmsOptions  # noqa: PLC0415

        d = dict(src_dict)
        internal_name = d.pop("internal_name", UNSET)

        _content = d.pop("content", UNSET)
        content: CampaignMessage | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = CampaignMessage.from_dict(_content)

        sender_id = d.pop("sender_id", UNSET)

        _options = d.pop("options", UNSET)
        options: SmsOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SmsOptions.from_dict(_options)

        sms_campaign_patch = cls(
            internal_name=internal_name,
            content=content,
            sender_id=sender_id,
            options=options,
        )

        sms_campaign_patch.additional_properties = d
        return sms_campaign_patch

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
