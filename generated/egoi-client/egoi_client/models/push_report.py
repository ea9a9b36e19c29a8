from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_report_operating_system import PushReportOperatingSystem
    from ..models.push_report_stats import PushReportStats


T = TypeVar("T", bound="PushReport")


@_attrs_define
class PushReport:
    """A push campaign's report.

    Attributes:
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*` unanchored; it is
            anchored here, as the characters of a hash.
        overall (PushReportStats | Unset): Counters of a push campaign report, overall or for one operating system.
        operating_systems (list[PushReportOperatingSystem] | Unset):
    """

    campaign_hash: str | Unset = UNSET
    overall: PushReportStats | Unset = UNSET
    operating_systems: list[PushReportOperatingSystem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_hash = self.campaign_hash

        overall: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overall, Unset):
            overall = self.overall.to_dict()

        operating_systems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operating_systems, Unset):
            operating_systems = []
            for operating_systems_item_data in self.operating_systems:
                operating_systems_item = operating_systems_item_data.to_dict()
                operating_systems.append(operating_systems_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_hash is not UNSET:
            field_dict["campaign_hash"] = campaign_hash
        if overall is not UNSET:
            field_dict["overall"] = overall
        if operating_systems is not UNSET:
            field_dict["operating_systems"] = operating_systems

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.push_report_operating_system import PushReportOperatingSystem  # noqa: PLC0415
        from ..models.push_report_stats import PushReportStats  # noqa: PLC0415

        d = dict(src_dict)
        campaign_hash = d.pop("campaign_hash", UNSET)

        _overall = d.pop("overall", UNSET)
        overall: PushReportStats | Unset
        if isinstance(_overall, Unset):
            overall = UNSET
        else:
            overall = PushReportStats.from_dict(_overall)

        _operating_systems = d.pop("operating_systems", UNSET)
        operating_systems: list[PushReportOperatingSystem] | Unset = UNSET
        if _operating_systems is not UNSET:
            operating_systems = []
            for operating_systems_item_data in _operating_systems:
                operating_systems_item = PushReportOperatingSystem.from_dict(operating_systems_item_data)

                operating_systems.append(operating_systems_item)

        push_report = cls(
            campaign_hash=campaign_hash,
            overall=overall,
            operating_systems=operating_systems,
        )

        push_report.additional_properties = d
        return push_report

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
