from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReportOptions")


@_attrs_define
class AdvancedReportOptions:
    """Options of the contact activity, email clicks by contact, email clicks by URL, email unsubscriptions, sends, SMS
    events, subscriptions and unsubscriptions reports, which the reference describes alike (it labels every options
    object "Columns of the report").

        Attributes:
            notify (list[int] | Unset): IDs of the users notified when the report is ready. Unconfirmed: the reference shows
                only `[1]`; the IDs are read as user IDs.
    """

    notify: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notify: list[int] | Unset = UNSET
        if not isinstance(self.notify, Unset):
            notify = self.notify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notify is not UNSET:
            field_dict["notify"] = notify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notify = cast(list[int], d.pop("notify", UNSET))

        advanced_report_options = cls(
            notify=notify,
        )

        advanced_report_options.additional_properties = d
        return advanced_report_options

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
