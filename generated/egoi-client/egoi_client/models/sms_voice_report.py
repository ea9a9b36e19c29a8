from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_voice_report_network import SmsVoiceReportNetwork
    from ..models.sms_voice_report_overall import SmsVoiceReportOverall


T = TypeVar("T", bound="SmsVoiceReport")


@_attrs_define
class SmsVoiceReport:
    """An SMS or a voice campaign's report: the reference describes both with the same stats.

    Attributes:
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*` unanchored; it is
            anchored here, as the characters of a hash.
        networks (list[SmsVoiceReportNetwork] | Unset):
        overall (SmsVoiceReportOverall | Unset): Overall counters of an SMS or voice campaign.
    """

    campaign_hash: str | Unset = UNSET
    networks: list[SmsVoiceReportNetwork] | Unset = UNSET
    overall: SmsVoiceReportOverall | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_hash = self.campaign_hash

        networks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = []
            for networks_item_data in self.networks:
                networks_item = networks_item_data.to_dict()
                networks.append(networks_item)

        overall: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overall, Unset):
            overall = self.overall.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_hash is not UNSET:
            field_dict["campaign_hash"] = campaign_hash
        if networks is not UNSET:
            field_dict["networks"] = networks
        if overall is not UNSET:
            field_dict["overall"] = overall

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_voice_report_network import SmsVoiceReportNetwork  # noqa: PLC0415
        from ..models.sms_voice_report_overall import SmsVoiceReportOverall  # noqa: PLC0415

        d = dict(src_dict)
        campaign_hash = d.pop("campaign_hash", UNSET)

        _networks = d.pop("networks", UNSET)
        networks: list[SmsVoiceReportNetwork] | Unset = UNSET
        if _networks is not UNSET:
            networks = []
            for networks_item_data in _networks:
                networks_item = SmsVoiceReportNetwork.from_dict(networks_item_data)

                networks.append(networks_item)

        _overall = d.pop("overall", UNSET)
        overall: SmsVoiceReportOverall | Unset
        if isinstance(_overall, Unset):
            overall = UNSET
        else:
            overall = SmsVoiceReportOverall.from_dict(_overall)

        sms_voice_report = cls(
            campaign_hash=campaign_hash,
            networks=networks,
            overall=overall,
        )

        sms_voice_report.additional_properties = d
        return sms_voice_report

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
