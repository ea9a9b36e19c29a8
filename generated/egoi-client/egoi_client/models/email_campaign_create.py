from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_content_template import CampaignContentTemplate
    from ..models.campaign_email_content_file import CampaignEmailContentFile
    from ..models.campaign_email_content_html import CampaignEmailContentHtml
    from ..models.campaign_email_content_web_page import CampaignEmailContentWebPage
    from ..models.header_footer import HeaderFooter


T = TypeVar("T", bound="EmailCampaignCreate")


@_attrs_define
class EmailCampaignCreate:
    """Parameters for the Email Campaign (also for email RSS campaigns).

    Attributes:
        list_id (int): A numeric E-goi id (`ID`).
        internal_name (str): Campaign internal name
        content (CampaignContentTemplate | CampaignEmailContentFile | CampaignEmailContentHtml |
            CampaignEmailContentWebPage): Content of an email campaign (the reference's `Campaign Content`), chosen by
            `type`. Also the content of email RSS campaigns. Unconfirmed: the reference shows only the `html` variant;
            `template`, `web_page` and `file` are E-goi's other email content sources, written leniently (only `type` is
            required in each).
        sender_id (int): A numeric E-goi id (`ID`).
        subject (str | Unset): Campaign subject. If no value is sent, defaults to 'internal_name' property value
        reply_to (int | Unset): A numeric E-goi id (`ID`).
        header_footer (HeaderFooter | Unset): Campaign header and footer. Unconfirmed: the link defaults (`false`) are
            read from the reference's samples, which show every link `false`.
    """

    list_id: int
    internal_name: str
    content: CampaignContentTemplate | CampaignEmailContentFile | CampaignEmailContentHtml | CampaignEmailContentWebPage
    sender_id: int
    subject: str | Unset = UNSET
    reply_to: int | Unset = UNSET
    header_footer: HeaderFooter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_content_template import CampaignContentTemplate  # noqa: PLC0415
        from ..models.campaign_email_content_html import CampaignEmailContentHtml  # noqa: PLC0415
        from ..models.campaign_email_content_web_page import CampaignEmailContentWebPage  # noqa: PLC0415

        list_id = self.list_id

        internal_name = self.internal_name

        content: dict[str, Any]
        if isinstance(self.content, CampaignEmailContentHtml):
            content = self.content.to_dict()
        elif isinstance(self.content, CampaignContentTemplate):
            content = self.content.to_dict()
        elif isinstance(self.content, CampaignEmailContentWebPage):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        sender_id = self.sender_id

        subject = self.subject

        reply_to = self.reply_to

        header_footer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.header_footer, Unset):
            header_footer = self.header_footer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "internal_name": internal_name,
                "content": content,
                "sender_id": sender_id,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if header_footer is not UNSET:
            field_dict["header_footer"] = header_footer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_content_template import CampaignContentTemplate  # noqa: PLC0415
        from ..models.campaign_email_content_file import CampaignEmailContentFile  # noqa: PLC0415
        from ..models.campaign_email_content_html import CampaignEmailContentHtml  # noqa: PLC0415
        from ..models.campaign_email_content_web_page import CampaignEmailContentWebPage  # noqa: PLC0415
        from ..models.header_footer import HeaderFooter  # noqa: PLC0415

        d = dict(src_dict)
        list_id = d.pop("list_id")

        internal_name = d.pop("internal_name")

        def _parse_content(
            data: object,
        ) -> (
            CampaignContentTemplate | CampaignEmailContentFile | CampaignEmailContentHtml | CampaignEmailContentWebPage
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_campaign_email_content_type_0 = CampaignEmailContentHtml.from_dict(data)

                return componentsschemas_campaign_email_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_campaign_email_content_type_1 = CampaignContentTemplate.from_dict(data)

                return componentsschemas_campaign_email_content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_campaign_email_content_type_2 = CampaignEmailContentWebPage.from_dict(data)

                return componentsschemas_campaign_email_content_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_email_content_type_3 = CampaignEmailContentFile.from_dict(data)

            return componentsschemas_campaign_email_content_type_3

        content = _parse_content(d.pop("content"))

        sender_id = d.pop("sender_id")

        subject = d.pop("subject", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        _header_footer = d.pop("header_footer", UNSET)
        header_footer: HeaderFooter | Unset
        if isinstance(_header_footer, Unset):
            header_footer = UNSET
        else:
            header_footer = HeaderFooter.from_dict(_header_footer)

        email_campaign_create = cls(
            list_id=list_id,
            internal_name=internal_name,
            content=content,
            sender_id=sender_id,
            subject=subject,
            reply_to=reply_to,
            header_footer=header_footer,
        )

        email_campaign_create.additional_properties = d
        return email_campaign_create

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
