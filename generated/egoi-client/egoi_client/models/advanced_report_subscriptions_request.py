from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advanced_report_options import AdvancedReportOptions
    from ..models.advanced_report_range import AdvancedReportRange
    from ..models.advanced_report_subscriptions_columns import AdvancedReportSubscriptionsColumns


T = TypeVar("T", bound="AdvancedReportSubscriptionsRequest")


@_attrs_define
class AdvancedReportSubscriptionsRequest:
    """Parameters for the subscriptions report. The reference loses the names of its object and array fields; they are
    taken from its request sample.

        Attributes:
            title (str): Advanced report title
            range_ (AdvancedReportRange): Time range of the report, two E-goi `date_time` values. Unconfirmed: the reference
                shows `start` and `end` only in its samples, without saying whether both are required; neither is required here.
            lists (list[int]): Array of List Id's
            columns (AdvancedReportSubscriptionsColumns): Columns of a subscriptions report.
            options (AdvancedReportOptions): Options of the contact activity, email clicks by contact, email clicks by URL,
                email unsubscriptions, sends, SMS events, subscriptions and unsubscriptions reports, which the reference
                describes alike (it labels every options object "Columns of the report").
            callback_url (str | Unset): URL which will receive the information of the report (see E-goi's callback
                documentation). Only http and https URLs are supported. Unconfirmed: the reference's sample is the word
                `string`, so no URL format is enforced.
    """

    title: str
    range_: AdvancedReportRange
    lists: list[int]
    columns: AdvancedReportSubscriptionsColumns
    options: AdvancedReportOptions
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        range_ = self.range_.to_dict()

        lists = self.lists

        columns = self.columns.to_dict()

        options = self.options.to_dict()

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "range": range_,
                "lists": lists,
                "columns": columns,
                "options": options,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advanced_report_options import AdvancedReportOptions  # noqa: PLC0415
        from ..models.advanced_report_range import AdvancedReportRange  # noqa: PLC0415
        from ..models.advanced_report_subscriptions_columns import AdvancedReportSubscriptionsColumns  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        range_ = AdvancedReportRange.from_dict(d.pop("range"))

        lists = cast(list[int], d.pop("lists"))

        columns = AdvancedReportSubscriptionsColumns.from_dict(d.pop("columns"))

        options = AdvancedReportOptions.from_dict(d.pop("options"))

        callback_url = d.pop("callback_url", UNSET)

        advanced_report_subscriptions_request = cls(
            title=title,
            range_=range_,
            lists=lists,
            columns=columns,
            options=options,
            callback_url=callback_url,
        )

        advanced_report_subscriptions_request.additional_properties = d
        return advanced_report_subscriptions_request

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
