from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advanced_report_campaign import AdvancedReportCampaign
    from ..models.advanced_report_range import AdvancedReportRange
    from ..models.advanced_report_sms_bounces_options import AdvancedReportSmsBouncesOptions
    from ..models.advanced_report_sms_columns import AdvancedReportSmsColumns


T = TypeVar("T", bound="AdvancedReportSmsBouncesRequest")


@_attrs_define
class AdvancedReportSmsBouncesRequest:
    """Parameters for the SMS bounces report. The reference loses the names of its object and array fields; they are taken
    from its request sample.

        Attributes:
            title (str): Advanced report title
            range_ (AdvancedReportRange): Time range of the report, two E-goi `date_time` values. Unconfirmed: the reference
                shows `start` and `end` only in its samples, without saying whether both are required; neither is required here.
            campaigns (list[AdvancedReportCampaign]): Campaigns of the report
            columns (AdvancedReportSmsColumns): Columns of an SMS bounces or SMS events report (the reference's
                `AdvancedReportSmsBouncesColumns` and `AdvancedReportSmsEventsColumns`, which it describes with the same
                fields).
            options (AdvancedReportSmsBouncesOptions): Options of an SMS bounces report.
            callback_url (str | Unset): URL which will receive the information of the report (see E-goi's callback
                documentation). Only http and https URLs are supported. Unconfirmed: the reference's sample is the word
                `string`, so no URL format is enforced.
    """

    title: str
    range_: AdvancedReportRange
    campaigns: list[AdvancedReportCampaign]
    columns: AdvancedReportSmsColumns
    options: AdvancedReportSmsBouncesOptions
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        range_ = self.range_.to_dict()

        campaigns = []
        for campaigns_item_data in self.campaigns:
            campaigns_item = campaigns_item_data.to_dict()
            campaigns.append(campaigns_item)

        columns = self.columns.to_dict()

        options = self.options.to_dict()

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "range": range_,
                "campaigns": campaigns,
                "columns": columns,
                "options": options,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advanced_report_campaign import AdvancedReportCampaign  # noqa: PLC0415
        from ..models.advanced_report_range import AdvancedReportRange  # noqa: PLC0415
        from ..models.advanced_report_sms_bounces_options import AdvancedReportSmsBouncesOptions  # noqa: PLC0415
        from ..models.advanced_report_sms_columns import AdvancedReportSmsColumns  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        range_ = AdvancedReportRange.from_dict(d.pop("range"))

        campaigns = []
        _campaigns = d.pop("campaigns")
        for campaigns_item_data in _campaigns:
            campaigns_item = AdvancedReportCampaign.from_dict(campaigns_item_data)

            campaigns.append(campaigns_item)

        columns = AdvancedReportSmsColumns.from_dict(d.pop("columns"))

        options = AdvancedReportSmsBouncesOptions.from_dict(d.pop("options"))

        callback_url = d.pop("callback_url", UNSET)

        advanced_report_sms_bounces_request = cls(
            title=title,
            range_=range_,
            campaigns=campaigns,
            columns=columns,
            options=options,
            callback_url=callback_url,
        )

        advanced_report_sms_bounces_request.additional_properties = d
        return advanced_report_sms_bounces_request

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
