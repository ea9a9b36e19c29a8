from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_push_report_version import WebPushReportVersion


T = TypeVar("T", bound="WebPushReportOperatingSystem")


@_attrs_define
class WebPushReportOperatingSystem:
    """Counters of one operating system, by version.

    Attributes:
        operating_system (str | Unset):
        versions (list[WebPushReportVersion] | Unset):
    """

    operating_system: str | Unset = UNSET
    versions: list[WebPushReportVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operating_system = self.operating_system

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operating_system is not UNSET:
            field_dict["operating_system"] = operating_system
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_push_report_version import WebPushReportVersion  # noqa: PLC0415

        d = dict(src_dict)
        operating_system = d.pop("operating_system", UNSET)

        _versions = d.pop("versions", UNSET)
        versions: list[WebPushReportVersion] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:
                versions_item = WebPushReportVersion.from_dict(versions_item_data)

                versions.append(versions_item)

        web_push_report_operating_system = cls(
            operating_system=operating_system,
            versions=versions,
        )

        web_push_report_operating_system.additional_properties = d
        return web_push_report_operating_system

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
