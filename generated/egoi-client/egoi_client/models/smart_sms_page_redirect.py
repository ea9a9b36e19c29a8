from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartSmsPageRedirect")


@_attrs_define
class SmartSmsPageRedirect:
    """The link redirects to an existing page.

    Attributes:
        type_ (Literal['redirect']):
        page_url (str | Unset): URL of the page to redirect to.
    """

    type_: Literal["redirect"]
    page_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        page_url = self.page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if page_url is not UNSET:
            field_dict["page_url"] = page_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["redirect"], d.pop("type"))
        if type_ != "redirect":
            raise ValueError(f"type must match const 'redirect', got '{type_}'")

        page_url = d.pop("page_url", UNSET)

        smart_sms_page_redirect = cls(
            type_=type_,
            page_url=page_url,
        )

        smart_sms_page_redirect.additional_properties = d
        return smart_sms_page_redirect

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
