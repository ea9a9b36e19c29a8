from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactActivityData")


@_attrs_define
class ContactActivityData:
    """Details of an activity. Unconfirmed: they depend on `action_name` and the reference shows only an email click's
    (`campaign_hash`, `url`); any other properties are accepted.

        Attributes:
            campaign_hash (str | Unset): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*` unanchored; it is
                anchored here, as the characters of a hash.
            url (str | Unset):
    """

    campaign_hash: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_hash = self.campaign_hash

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_hash is not UNSET:
            field_dict["campaign_hash"] = campaign_hash
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_hash = d.pop("campaign_hash", UNSET)

        url = d.pop("url", UNSET)

        contact_activity_data = cls(
            campaign_hash=campaign_hash,
            url=url,
        )

        contact_activity_data.additional_properties = d
        return contact_activity_data

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
