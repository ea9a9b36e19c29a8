from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartSmsPageContentPatch")


@_attrs_define
class SmartSmsPageContentPatch:
    """The page content of a smart SMS update (no `type`; the reference leaves it unnamed).

    Attributes:
        page_url (str | Unset):
        page_html (str | Unset):
        page_internal_name (str | Unset):
    """

    page_url: str | Unset = UNSET
    page_html: str | Unset = UNSET
    page_internal_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_url = self.page_url

        page_html = self.page_html

        page_internal_name = self.page_internal_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_url is not UNSET:
            field_dict["page_url"] = page_url
        if page_html is not UNSET:
            field_dict["page_html"] = page_html
        if page_internal_name is not UNSET:
            field_dict["page_internal_name"] = page_internal_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_url = d.pop("page_url", UNSET)

        page_html = d.pop("page_html", UNSET)

        page_internal_name = d.pop("page_internal_name", UNSET)

        smart_sms_page_content_patch = cls(
            page_url=page_url,
            page_html=page_html,
            page_internal_name=page_internal_name,
        )

        smart_sms_page_content_patch.additional_properties = d
        return smart_sms_page_content_patch

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
