from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartSmsPageHtml")


@_attrs_define
class SmartSmsPageHtml:
    """The link opens a landing page built from HTML. Unconfirmed: not shown in the reference's create sample.

    Attributes:
        type_ (Literal['html']):
        page_html (str | Unset): HTML of the landing page.
        page_internal_name (str | Unset): Internal name of the landing page.
    """

    type_: Literal["html"]
    page_html: str | Unset = UNSET
    page_internal_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        page_html = self.page_html

        page_internal_name = self.page_internal_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if page_html is not UNSET:
            field_dict["page_html"] = page_html
        if page_internal_name is not UNSET:
            field_dict["page_internal_name"] = page_internal_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["html"], d.pop("type"))
        if type_ != "html":
            raise ValueError(f"type must match const 'html', got '{type_}'")

        page_html = d.pop("page_html", UNSET)

        page_internal_name = d.pop("page_internal_name", UNSET)

        smart_sms_page_html = cls(
            type_=type_,
            page_html=page_html,
            page_internal_name=page_internal_name,
        )

        smart_sms_page_html.additional_properties = d
        return smart_sms_page_html

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
