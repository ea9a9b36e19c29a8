from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_url_stats import ReportUrlStats
    from ..models.web_push_report_browser import WebPushReportBrowser
    from ..models.web_push_report_device import WebPushReportDevice
    from ..models.web_push_report_operating_system import WebPushReportOperatingSystem
    from ..models.web_push_report_stats import WebPushReportStats


T = TypeVar("T", bound="WebPushReport")


@_attrs_define
class WebPushReport:
    """A web push campaign's report. Each breakdown is present when its query parameter is true (the default).

    Attributes:
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*` unanchored; it is
            anchored here, as the characters of a hash.
        overall (WebPushReportStats | Unset): Counters of a web push campaign report, overall or for one device,
            operating system version or browser version.
        devices (list[WebPushReportDevice] | Unset):
        operating_systems (list[WebPushReportOperatingSystem] | Unset):
        browsers (list[WebPushReportBrowser] | Unset):
        url (list[ReportUrlStats] | Unset):
    """

    campaign_hash: str | Unset = UNSET
    overall: WebPushReportStats | Unset = UNSET
    devices: list[WebPushReportDevice] | Unset = UNSET
    operating_systems: list[WebPushReportOperatingSystem] | Unset = UNSET
    browsers: list[WebPushReportBrowser] | Unset = UNSET
    url: list[ReportUrlStats] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_hash = self.campaign_hash

        overall: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overall, Unset):
            overall = self.overall.to_dict()

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        operating_systems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operating_systems, Unset):
            operating_systems = []
            for operating_systems_item_data in self.operating_systems:
                operating_systems_item = operating_systems_item_data.to_dict()
                operating_systems.append(operating_systems_item)

        browsers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.browsers, Unset):
            browsers = []
            for browsers_item_data in self.browsers:
                browsers_item = browsers_item_data.to_dict()
                browsers.append(browsers_item)

        url: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.url, Unset):
            url = []
            for url_item_data in self.url:
                url_item = url_item_data.to_dict()
                url.append(url_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_hash is not UNSET:
            field_dict["campaign_hash"] = campaign_hash
        if overall is not UNSET:
            field_dict["overall"] = overall
        if devices is not UNSET:
            field_dict["devices"] = devices
        if operating_systems is not UNSET:
            field_dict["operating_systems"] = operating_systems
        if browsers is not UNSET:
            field_dict["browsers"] = browsers
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_url_stats import ReportUrlStats  # noqa: PLC0415
        from ..models.web_push_report_browser import WebPushReportBrowser  # noqa: PLC0415
        from ..models.web_push_report_device import WebPushReportDevice  # noqa: PLC0415
        from ..models.web_push_report_operating_system import WebPushReportOperatingSystem  # noqa: PLC0415
        from ..models.web_push_report_stats import WebPushReportStats  # noqa: PLC0415

        d = dict(src_dict)
        campaign_hash = d.pop("campaign_hash", UNSET)

        _overall = d.pop("overall", UNSET)
        overall: WebPushReportStats | Unset
        if isinstance(_overall, Unset):
            overall = UNSET
        else:
            overall = WebPushReportStats.from_dict(_overall)

        _devices = d.pop("devices", UNSET)
        devices: list[WebPushReportDevice] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = WebPushReportDevice.from_dict(devices_item_data)

                devices.append(devices_item)

        _operating_systems = d.pop("operating_systems", UNSET)
        operating_systems: list[WebPushReportOperatingSystem] | Unset = UNSET
        if _operating_systems is not UNSET:
            operating_systems = []
            for operating_systems_item_data in _operating_systems:
                operating_systems_item = WebPushReportOperatingSystem.from_dict(operating_systems_item_data)

                operating_systems.append(operating_systems_item)

        _browsers = d.pop("browsers", UNSET)
        browsers: list[WebPushReportBrowser] | Unset = UNSET
        if _browsers is not UNSET:
            browsers = []
            for browsers_item_data in _browsers:
                browsers_item = WebPushReportBrowser.from_dict(browsers_item_data)

                browsers.append(browsers_item)

        _url = d.pop("url", UNSET)
        url: list[ReportUrlStats] | Unset = UNSET
        if _url is not UNSET:
            url = []
            for url_item_data in _url:
                url_item = ReportUrlStats.from_dict(url_item_data)

                url.append(url_item)

        web_push_report = cls(
            campaign_hash=campaign_hash,
            overall=overall,
            devices=devices,
            operating_systems=operating_systems,
            browsers=browsers,
            url=url,
        )

        web_push_report.additional_properties = d
        return web_push_report

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
