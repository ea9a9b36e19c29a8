from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advanced_report_campaign_fields import AdvancedReportCampaignFields
    from ..models.advanced_report_email_bounces_stats_fields import AdvancedReportEmailBouncesStatsFields
    from ..models.advanced_report_list_extra_fields import AdvancedReportListExtraFields


T = TypeVar("T", bound="AdvancedReportEmailBouncesColumns")


@_attrs_define
class AdvancedReportEmailBouncesColumns:
    """Columns of an email bounces report.

    Attributes:
        list_base_fields (list[str] | Unset): Base fields of the lists to include.
        list_extra_fields (list[AdvancedReportListExtraFields] | Unset):
        list_stats_fields (AdvancedReportEmailBouncesStatsFields | Unset): Bounce columns of an email bounces report;
            each true flag adds the column.
        campaign_fields (AdvancedReportCampaignFields | Unset): Campaign columns of a report; each true flag adds the
            column.
    """

    list_base_fields: list[str] | Unset = UNSET
    list_extra_fields: list[AdvancedReportListExtraFields] | Unset = UNSET
    list_stats_fields: AdvancedReportEmailBouncesStatsFields | Unset = UNSET
    campaign_fields: AdvancedReportCampaignFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_base_fields: list[str] | Unset = UNSET
        if not isinstance(self.list_base_fields, Unset):
            list_base_fields = self.list_base_fields

        list_extra_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_extra_fields, Unset):
            list_extra_fields = []
            for list_extra_fields_item_data in self.list_extra_fields:
                list_extra_fields_item = list_extra_fields_item_data.to_dict()
                list_extra_fields.append(list_extra_fields_item)

        list_stats_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_stats_fields, Unset):
            list_stats_fields = self.list_stats_fields.to_dict()

        campaign_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_fields, Unset):
            campaign_fields = self.campaign_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_base_fields is not UNSET:
            field_dict["list_base_fields"] = list_base_fields
        if list_extra_fields is not UNSET:
            field_dict["list_extra_fields"] = list_extra_fields
        if list_stats_fields is not UNSET:
            field_dict["list_stats_fields"] = list_stats_fields
        if campaign_fields is not UNSET:
            field_dict["campaign_fields"] = campaign_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advanced_report_campaign_fields import AdvancedReportCampaignFields  # noqa: PLC0415
        from ..models.advanced_report_email_bounces_stats_fields import AdvancedReportEmailBouncesStatsFields  # noqa: PLC0415
        from ..models.advanced_report_list_extra_fields import AdvancedReportListExtraFields  # noqa: PLC0415

        d = dict(src_dict)
        list_base_fields = cast(list[str], d.pop("list_base_fields", UNSET))

        _list_extra_fields = d.pop("list_extra_fields", UNSET)
        list_extra_fields: list[AdvancedReportListExtraFields] | Unset = UNSET
        if _list_extra_fields is not UNSET:
            list_extra_fields = []
            for list_extra_fields_item_data in _list_extra_fields:
                list_extra_fields_item = AdvancedReportListExtraFields.from_dict(list_extra_fields_item_data)

                list_extra_fields.append(list_extra_fields_item)

        _list_stats_fields = d.pop("list_stats_fields", UNSET)
        list_stats_fields: AdvancedReportEmailBouncesStatsFields | Unset
        if isinstance(_list_stats_fields, Unset):
            list_stats_fields = UNSET
        else:
            list_stats_fields = AdvancedReportEmailBouncesStatsFields.from_dict(_list_stats_fields)

        _campaign_fields = d.pop("campaign_fields", UNSET)
        campaign_fields: AdvancedReportCampaignFields | Unset
        if isinstance(_campaign_fields, Unset):
            campaign_fields = UNSET
        else:
            campaign_fields = AdvancedReportCampaignFields.from_dict(_campaign_fields)

        advanced_report_email_bounces_columns = cls(
            list_base_fields=list_base_fields,
            list_extra_fields=list_extra_fields,
            list_stats_fields=list_stats_fields,
            campaign_fields=campaign_fields,
        )

        advanced_report_email_bounces_columns.additional_properties = d
        return advanced_report_email_bounces_columns

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
