from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReportCampaign")


@_attrs_define
class AdvancedReportCampaign:
    """Campaigns of one list to report on (the reference's `AdvancedReportCampaigns`). Unconfirmed: the reference shows
    only `{"list_id": 1, "type": "all"}` and documents neither the other values of `type` nor other keys; `type` accepts
    any string.

        Attributes:
            list_id (int | Unset): A numeric E-goi id (`ID`).
            type_ (str | Unset): Which campaigns of the list (`all` in the reference).
    """

    list_id: int | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id", UNSET)

        type_ = d.pop("type", UNSET)

        advanced_report_campaign = cls(
            list_id=list_id,
            type_=type_,
        )

        advanced_report_campaign.additional_properties = d
        return advanced_report_campaign

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
