from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_email_html import CampaignEmailHtml
    from ..models.header_footer import HeaderFooter


T = TypeVar("T", bound="EmailCampaignPatch")


@_attrs_define
class EmailCampaignPatch:
    """Parameters for the Email Campaign (the fields to change).

    Attributes:
        internal_name (str | Unset): Campaign internal name
        subject (str | Unset): Campaign subject. If no value is sent, defaults to 'internal_name' property value
        content (CampaignEmailHtml | Unset): The HTML content of an email campaign as the update sends it (the
            reference's `Campaign Email Html`): no `type`.
        sender_id (int | Unset): A numeric E-goi id (`ID`).
        reply_to (int | Unset): A numeric E-goi id (`ID`).
        header_footer (HeaderFooter | Unset): Campaign header and footer. Unconfirmed: the link defaults (`false`) are
            read from the reference's samples, which show every link `false`.
    """

    internal_name: str | Unset = UNSET
    subject: str | Unset = UNSET
    content: CampaignEmailHtml | Unset = UNSET
    sender_id: int | Unset = UNSET
    reply_to: int | Unset = UNSET
    header_footer: HeaderFooter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_name = self.internal_name

        subject = self.subject

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        sender_id = self.sender_id

        reply_to = self.reply_to

        header_footer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.header_footer, Unset):
            header_footer = self.header_footer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if content is not UNSET:
            field_dict["content"] = content
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if header_footer is not UNSET:
            field_dict["header_footer"] = header_footer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_email_html import CampaignEmailHtml  # noqa: PLC0415
        from ..models.header_footer import HeaderFooter  # noqa: PLC0415

        d = dict(src_dict)
        internal_name = d.pop("internal_name", UNSET)

        subject = d.pop("subject", UNSET)

        _content = d.pop("content", UNSET)
        content: CampaignEmailHtml | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = CampaignEmailHtml.from_dict(_content)

        sender_id = d.pop("sender_id", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        _header_footer = d.pop("header_footer", UNSET)
        header_footer: HeaderFooter | Unset
        if isinstance(_header_footer, Unset):
            header_footer = UNSET
        else:
            header_footer = HeaderFooter.from_dict(_header_footer)

        email_campaign_patch = cls(
            internal_name=internal_name,
            subject=subject,
            content=content,
            sender_id=sender_id,
            reply_to=reply_to,
            header_footer=header_footer,
        )

        email_campaign_patch.additional_properties = d
        return email_campaign_patch

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
