from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HeaderFooterLinks")


@_attrs_define
class HeaderFooterLinks:
    """Which links the header or footer shows. Unconfirmed: the reference's samples show every flag false but it states no
    default; a flag left out is not sent.

        Attributes:
            forward (bool | Unset):
            view_web (bool | Unset):
            unsubscribe (bool | Unset):
            edit (bool | Unset):
            social_share (bool | Unset):
            facebook_share (bool | Unset):
            twitter_share (bool | Unset):
    """

    forward: bool | Unset = UNSET
    view_web: bool | Unset = UNSET
    unsubscribe: bool | Unset = UNSET
    edit: bool | Unset = UNSET
    social_share: bool | Unset = UNSET
    facebook_share: bool | Unset = UNSET
    twitter_share: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forward = self.forward

        view_web = self.view_web

        unsubscribe = self.unsubscribe

        edit = self.edit

        social_share = self.social_share

        facebook_share = self.facebook_share

        twitter_share = self.twitter_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forward is not UNSET:
            field_dict["forward"] = forward
        if view_web is not UNSET:
            field_dict["view_web"] = view_web
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe
        if edit is not UNSET:
            field_dict["edit"] = edit
        if social_share is not UNSET:
            field_dict["social_share"] = social_share
        if facebook_share is not UNSET:
            field_dict["facebook_share"] = facebook_share
        if twitter_share is not UNSET:
            field_dict["twitter_share"] = twitter_share

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        forward = d.pop("forward", UNSET)

        view_web = d.pop("view_web", UNSET)

        unsubscribe = d.pop("unsubscribe", UNSET)

        edit = d.pop("edit", UNSET)

        social_share = d.pop("social_share", UNSET)

        facebook_share = d.pop("facebook_share", UNSET)

        twitter_share = d.pop("twitter_share", UNSET)

        header_footer_links = cls(
            forward=forward,
            view_web=view_web,
            unsubscribe=unsubscribe,
            edit=edit,
            social_share=social_share,
            facebook_share=facebook_share,
            twitter_share=twitter_share,
        )

        header_footer_links.additional_properties = d
        return header_footer_links

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
