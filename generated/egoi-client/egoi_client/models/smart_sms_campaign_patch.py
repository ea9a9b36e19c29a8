from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_message import CampaignMessage
    from ..models.smart_sms_page_content_patch import SmartSmsPageContentPatch
    from ..models.sms_options import SmsOptions


T = TypeVar("T", bound="SmartSmsCampaignPatch")


@_attrs_define
class SmartSmsCampaignPatch:
    """Parameters for the Smart Sms Campaign (the fields to change).

    Attributes:
        internal_name (str | Unset): SMS campaign internal name
        campaign_content (CampaignMessage | Unset): A campaign's message without a `type`: the content of SMS and push
            updates, and the `campaign_content` of smart SMS campaigns (the reference leaves this object unnamed).
        page_content (SmartSmsPageContentPatch | Unset): The page content of a smart SMS update (no `type`; the
            reference leaves it unnamed).
        sender_id (int | Unset): A numeric E-goi id (`ID`).
        cname_id (int | Unset): A numeric E-goi id (`ID`).
        options (SmsOptions | Unset): Campaign Options of SMS and smart SMS campaigns. Unconfirmed: the reference gives
            no enum or bounds; its samples show `encoding` `gsm` and `max_messages` 5.
    """

    internal_name: str | Unset = UNSET
    campaign_content: CampaignMessage | Unset = UNSET
    page_content: SmartSmsPageContentPatch | Unset = UNSET
    sender_id: int | Unset = UNSET
    cname_id: int | Unset = UNSET
    options: SmsOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_name = self.internal_name

        campaign_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_content, Unset):
            campaign_content = self.campaign_content.to_dict()

        page_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_content, Unset):
            page_content = self.page_content.to_dict()

        sender_id = self.sender_id

        cname_id = self.cname_id

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if campaign_content is not UNSET:
            field_dict["campaign_content"] = campaign_content
        if page_content is not UNSET:
            field_dict["page_content"] = page_content
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if cname_id is not UNSET:
            field_dict["cname_id"] = cname_id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_message import CampaignMessage  # noqa: PLC0415
        from ..models.smart_sms_page_content_patch import SmartSmsPageContentPatch  # noqa: PLC0415
        from ..models.sms_options import SmsOptions  # noqa: PLC0415

        d = dict(src_dict)
        internal_name = d.pop("internal_name", UNSET)

        _campaign_content = d.pop("campaign_content", UNSET)
        campaign_content: CampaignMessage | Unset
        if isinstance(_campaign_content, Unset):
            campaign_content = UNSET
        else:
            campaign_content = CampaignMessage.from_dict(_campaign_content)

        _page_content = d.pop("page_content", UNSET)
        page_content: SmartSmsPageContentPatch | Unset
        if isinstance(_page_content, Unset):
            page_content = UNSET
        else:
            page_content = SmartSmsPageContentPatch.from_dict(_page_content)

        sender_id = d.pop("sender_id", UNSET)

        cname_id = d.pop("cname_id", UNSET)

        _options = d.pop("options", UNSET)
        options: SmsOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SmsOptions.from_dict(_options)

        smart_sms_campaign_patch = cls(
            internal_name=internal_name,
            campaign_content=campaign_content,
            page_content=page_content,
            sender_id=sender_id,
            cname_id=cname_id,
            options=options,
        )

        smart_sms_campaign_patch.additional_properties = d
        return smart_sms_campaign_patch

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
