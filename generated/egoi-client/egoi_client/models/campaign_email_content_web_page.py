from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignEmailContentWebPage")


@_attrs_define
class CampaignEmailContentWebPage:
    """Content imported from a web page. Unconfirmed: not shown in the reference.

    Attributes:
        type_ (Literal['web_page']):
        url (str | Unset): URL of the page to import.
        plain_text (str | Unset):
        snippet (str | Unset):
    """

    type_: Literal["web_page"]
    url: str | Unset = UNSET
    plain_text: str | Unset = UNSET
    snippet: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        plain_text = self.plain_text

        snippet = self.snippet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if plain_text is not UNSET:
            field_dict["plain_text"] = plain_text
        if snippet is not UNSET:
            field_dict["snippet"] = snippet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["web_page"], d.pop("type"))
        if type_ != "web_page":
            raise ValueError(f"type must match const 'web_page', got '{type_}'")

        url = d.pop("url", UNSET)

        plain_text = d.pop("plain_text", UNSET)

        snippet = d.pop("snippet", UNSET)

        campaign_email_content_web_page = cls(
            type_=type_,
            url=url,
            plain_text=plain_text,
            snippet=snippet,
        )

        campaign_email_content_web_page.additional_properties = d
        return campaign_email_content_web_page

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
