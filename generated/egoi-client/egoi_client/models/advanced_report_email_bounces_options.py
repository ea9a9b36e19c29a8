from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReportEmailBouncesOptions")


@_attrs_define
class AdvancedReportEmailBouncesOptions:
    """Options of an email bounces report.

    Attributes:
        include_unopens (bool | Unset): True to include contacts who did not open.
        notify (list[int] | Unset): IDs of the users notified when the report is ready. Unconfirmed: the reference shows
            only `[1]`; the IDs are read as user IDs.
        grouping (str | Unset): How rows are grouped. Unconfirmed: the reference shows only `by_contact`; any string is
            accepted.
    """

    include_unopens: bool | Unset = UNSET
    notify: list[int] | Unset = UNSET
    grouping: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_unopens = self.include_unopens

        notify: list[int] | Unset = UNSET
        if not isinstance(self.notify, Unset):
            notify = self.notify

        grouping = self.grouping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_unopens is not UNSET:
            field_dict["include_unopens"] = include_unopens
        if notify is not UNSET:
            field_dict["notify"] = notify
        if grouping is not UNSET:
            field_dict["grouping"] = grouping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_unopens = d.pop("include_unopens", UNSET)

        notify = cast(list[int], d.pop("notify", UNSET))

        grouping = d.pop("grouping", UNSET)

        advanced_report_email_bounces_options = cls(
            include_unopens=include_unopens,
            notify=notify,
            grouping=grouping,
        )

        advanced_report_email_bounces_options.additional_properties = d
        return advanced_report_email_bounces_options

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
