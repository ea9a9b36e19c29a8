from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_message import CampaignMessage
    from ..models.smart_sms_page_html import SmartSmsPageHtml
    from ..models.smart_sms_page_redirect import SmartSmsPageRedirect
    from ..models.sms_options import SmsOptions


T = TypeVar("T", bound="SmartSmsCampaignCreate")


@_attrs_define
class SmartSmsCampaignCreate:
    """Parameters for the Smart Sms Campaign

    Attributes:
        list_id (int): A numeric E-goi id (`ID`).
        internal_name (str): Smart SMS campaign internal name
        campaign_content (CampaignMessage): A campaign's message without a `type`: the content of SMS and push updates,
            and the `campaign_content` of smart SMS campaigns (the reference leaves this object unnamed).
        page_content (SmartSmsPageHtml | SmartSmsPageRedirect): Campaign page content: the page the smart SMS's link
            opens, chosen by `type`. Unconfirmed: the reference shows only `redirect`; the landing-page variant is read from
            the update's sample (`page_html`, `page_internal_name`) and its `type` value `html` is unconfirmed; only `type`
            is required in each.
        sender_id (int | Unset): A numeric E-goi id (`ID`).
        cname_id (int | Unset): A numeric E-goi id (`ID`).
        options (SmsOptions | Unset): Campaign Options of SMS and smart SMS campaigns. Unconfirmed: the reference gives
            no enum or bounds; its samples show `encoding` `gsm` and `max_messages` 5.
    """

    list_id: int
    internal_name: str
    campaign_content: CampaignMessage
    page_content: SmartSmsPageHtml | SmartSmsPageRedirect
    sender_id: int | Unset = UNSET
    cname_id: int | Unset = UNSET
    options: SmsOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.smart_sms_page_redirect import SmartSmsPageRedirect  # noqa: PLC0415

        list_id = self.list_id

        internal_name = self.internal_name

        campaign_content = self.campaign_content.to_dict()

        page_content: dict[str, Any]
        if isinstance(self.page_content, SmartSmsPageRedirect):
            page_content = self.page_content.to_dict()
        else:
            page_content = self.page_content.to_dict()

        sender_id = self.sender_id

        cname_id = self.cname_id

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "internal_name": internal_name,
                "campaign_content": campaign_content,
                "page_content": page_content,
            }
        )
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
        from ..models.smart_sms_page_html import SmartSmsPageHtml  # noqa: PLC0415
        from ..models.smart_sms_page_redirect import SmartSmsPageRedirect  # noqa: PLC0415
        from ..models.sms_options import SmsOptions  # noqa: PLC0415

        d = dict(src_dict)
        list_id = d.pop("list_id")

        internal_name = d.pop("internal_name")

        campaign_content = CampaignMessage.from_dict(d.pop("campaign_content"))

        def _parse_page_content(data: object) -> SmartSmsPageHtml | SmartSmsPageRedirect:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_smart_sms_page_content_type_0 = SmartSmsPageRedirect.from_dict(data)

                return componentsschemas_smart_sms_page_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_smart_sms_page_content_type_1 = SmartSmsPageHtml.from_dict(data)

            return componentsschemas_smart_sms_page_content_type_1

        page_content = _parse_page_content(d.pop("page_content"))

        sender_id = d.pop("sender_id", UNSET)

        cname_id = d.pop("cname_id", UNSET)

        _options = d.pop("options", UNSET)
        options: SmsOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SmsOptions.from_dict(_options)

        smart_sms_campaign_create = cls(
            list_id=list_id,
            internal_name=internal_name,
            campaign_content=campaign_content,
            page_content=page_content,
            sender_id=sender_id,
            cname_id=cname_id,
            options=options,
        )

        smart_sms_campaign_create.additional_properties = d
        return smart_sms_campaign_create

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
