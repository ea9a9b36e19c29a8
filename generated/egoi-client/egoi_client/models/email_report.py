from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_report_date_stats import EmailReportDateStats
    from ..models.email_report_domain_stats import EmailReportDomainStats
    from ..models.email_report_hour_stats import EmailReportHourStats
    from ..models.email_report_location_stats import EmailReportLocationStats
    from ..models.email_report_overall import EmailReportOverall
    from ..models.email_report_reader_stats import EmailReportReaderStats
    from ..models.email_report_weekday_stats import EmailReportWeekdayStats
    from ..models.report_url_stats import ReportUrlStats


T = TypeVar("T", bound="EmailReport")


@_attrs_define
class EmailReport:
    """An email campaign's report. Each breakdown is present when its query parameter is true (the default).

    Attributes:
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*` unanchored; it is
            anchored here, as the characters of a hash.
        overall (EmailReportOverall | Unset): Overall counters of an email campaign.
        date (list[EmailReportDateStats] | Unset):
        weekday (list[EmailReportWeekdayStats] | Unset):
        hour (list[EmailReportHourStats] | Unset):
        location (list[EmailReportLocationStats] | Unset):
        domain (list[EmailReportDomainStats] | Unset):
        url (list[ReportUrlStats] | Unset):
        reader (list[EmailReportReaderStats] | Unset):
    """

    campaign_hash: str | Unset = UNSET
    overall: EmailReportOverall | Unset = UNSET
    date: list[EmailReportDateStats] | Unset = UNSET
    weekday: list[EmailReportWeekdayStats] | Unset = UNSET
    hour: list[EmailReportHourStats] | Unset = UNSET
    location: list[EmailReportLocationStats] | Unset = UNSET
    domain: list[EmailReportDomainStats] | Unset = UNSET
    url: list[ReportUrlStats] | Unset = UNSET
    reader: list[EmailReportReaderStats] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_hash = self.campaign_hash

        overall: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overall, Unset):
            overall = self.overall.to_dict()

        date: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = []
            for date_item_data in self.date:
                date_item = date_item_data.to_dict()
                date.append(date_item)

        weekday: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.weekday, Unset):
            weekday = []
            for weekday_item_data in self.weekday:
                weekday_item = weekday_item_data.to_dict()
                weekday.append(weekday_item)

        hour: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hour, Unset):
            hour = []
            for hour_item_data in self.hour:
                hour_item = hour_item_data.to_dict()
                hour.append(hour_item)

        location: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = []
            for location_item_data in self.location:
                location_item = location_item_data.to_dict()
                location.append(location_item)

        domain: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = []
            for domain_item_data in self.domain:
                domain_item = domain_item_data.to_dict()
                domain.append(domain_item)

        url: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.url, Unset):
            url = []
            for url_item_data in self.url:
                url_item = url_item_data.to_dict()
                url.append(url_item)

        reader: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reader, Unset):
            reader = []
            for reader_item_data in self.reader:
                reader_item = reader_item_data.to_dict()
                reader.append(reader_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_hash is not UNSET:
            field_dict["campaign_hash"] = campaign_hash
        if overall is not UNSET:
            field_dict["overall"] = overall
        if date is not UNSET:
            field_dict["date"] = date
        if weekday is not UNSET:
            field_dict["weekday"] = weekday
        if hour is not UNSET:
            field_dict["hour"] = hour
        if location is not UNSET:
            field_dict["location"] = location
        if domain is not UNSET:
            field_dict["domain"] = domain
        if url is not UNSET:
            field_dict["url"] = url
        if reader is not UNSET:
            field_dict["reader"] = reader

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_report_date_stats import EmailReportDateStats  # noqa: PLC0415
        from ..models.email_report_domain_stats import EmailReportDomainStats  # noqa: PLC0415
        from ..models.email_report_hour_stats import EmailReportHourStats  # noqa: PLC0415
        from ..models.email_report_location_stats import EmailReportLocationStats  # noqa: PLC0415
        from ..models.email_report_overall import EmailReportOverall  # noqa: PLC0415
        from ..models.email_report_reader_stats import EmailReportReaderStats  # noqa: PLC0415
        from ..models.email_report_weekday_stats import EmailReportWeekdayStats  # noqa: PLC0415
        from ..models.report_url_stats import ReportUrlStats  # noqa: PLC0415

        d = dict(src_dict)
        campaign_hash = d.pop("campaign_hash", UNSET)

        _overall = d.pop("overall", UNSET)
        overall: EmailReportOverall | Unset
        if isinstance(_overall, Unset):
            overall = UNSET
        else:
            overall = EmailReportOverall.from_dict(_overall)

        _date = d.pop("date", UNSET)
        date: list[EmailReportDateStats] | Unset = UNSET
        if _date is not UNSET:
            date = []
            for date_item_data in _date:
                date_item = EmailReportDateStats.from_dict(date_item_data)

                date.append(date_item)

        _weekday = d.pop("weekday", UNSET)
        weekday: list[EmailReportWeekdayStats] | Unset = UNSET
        if _weekday is not UNSET:
            weekday = []
            for weekday_item_data in _weekday:
                weekday_item = EmailReportWeekdayStats.from_dict(weekday_item_data)

                weekday.append(weekday_item)

        _hour = d.pop("hour", UNSET)
        hour: list[EmailReportHourStats] | Unset = UNSET
        if _hour is not UNSET:
            hour = []
            for hour_item_data in _hour:
                hour_item = EmailReportHourStats.from_dict(hour_item_data)

                hour.append(hour_item)

        _location = d.pop("location", UNSET)
        location: list[EmailReportLocationStats] | Unset = UNSET
        if _location is not UNSET:
            location = []
            for location_item_data in _location:
                location_item = EmailReportLocationStats.from_dict(location_item_data)

                location.append(location_item)

        _domain = d.pop("domain", UNSET)
        domain: list[EmailReportDomainStats] | Unset = UNSET
        if _domain is not UNSET:
            domain = []
            for domain_item_data in _domain:
                domain_item = EmailReportDomainStats.from_dict(domain_item_data)

                domain.append(domain_item)

        _url = d.pop("url", UNSET)
        url: list[ReportUrlStats] | Unset = UNSET
        if _url is not UNSET:
            url = []
            for url_item_data in _url:
                url_item = ReportUrlStats.from_dict(url_item_data)

                url.append(url_item)

        _reader = d.pop("reader", UNSET)
        reader: list[EmailReportReaderStats] | Unset = UNSET
        if _reader is not UNSET:
            reader = []
            for reader_item_data in _reader:
                reader_item = EmailReportReaderStats.from_dict(reader_item_data)

                reader.append(reader_item)

        email_report = cls(
            campaign_hash=campaign_hash,
            overall=overall,
            date=date,
            weekday=weekday,
            hour=hour,
            location=location,
            domain=domain,
            url=url,
            reader=reader,
        )

        email_report.additional_properties = d
        return email_report

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
