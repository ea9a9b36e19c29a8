from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReportCampaignFields")


@_attrs_define
class AdvancedReportCampaignFields:
    """Campaign columns of a report; each true flag adds the column.

    Attributes:
        internal_name (bool | Unset):
        campaign_hash (bool | Unset):
        send_date (bool | Unset):
        group (bool | Unset):
        channel (bool | Unset):
        type_ (bool | Unset):
        sender (bool | Unset):
    """

    internal_name: bool | Unset = UNSET
    campaign_hash: bool | Unset = UNSET
    send_date: bool | Unset = UNSET
    group: bool | Unset = UNSET
    channel: bool | Unset = UNSET
    type_: bool | Unset = UNSET
    sender: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_name = self.internal_name

        campaign_hash = self.campaign_hash

        send_date = self.send_date

        group = self.group

        channel = self.channel

        type_ = self.type_

        sender = self.sender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if campaign_hash is not UNSET:
            field_dict["campaign_hash"] = campaign_hash
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if group is not UNSET:
            field_dict["group"] = group
        if channel is not UNSET:
            field_dict["channel"] = channel
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sender is not UNSET:
            field_dict["sender"] = sender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        internal_name = d.pop("internal_name", UNSET)

        campaign_hash = d.pop("campaign_hash", UNSET)

        send_date = d.pop("send_date", UNSET)

        group = d.pop("group", UNSET)

        channel = d.pop("channel", UNSET)

        type_ = d.pop("type", UNSET)

        sender = d.pop("sender", UNSET)

        advanced_report_campaign_fields = cls(
            internal_name=internal_name,
            campaign_hash=campaign_hash,
            send_date=send_date,
            group=group,
            channel=channel,
            type_=type_,
            sender=sender,
        )

        advanced_report_campaign_fields.additional_properties = d
        return advanced_report_campaign_fields

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
