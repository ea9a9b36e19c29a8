from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReportSubscriptionsStatsFields")


@_attrs_define
class AdvancedReportSubscriptionsStatsFields:
    """Subscription columns of a subscriptions report.

    Attributes:
        subscription_method (bool | Unset):
        subscription_src (bool | Unset):
    """

    subscription_method: bool | Unset = UNSET
    subscription_src: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_method = self.subscription_method

        subscription_src = self.subscription_src

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_method is not UNSET:
            field_dict["subscription_method"] = subscription_method
        if subscription_src is not UNSET:
            field_dict["subscription_src"] = subscription_src

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription_method = d.pop("subscription_method", UNSET)

        subscription_src = d.pop("subscription_src", UNSET)

        advanced_report_subscriptions_stats_fields = cls(
            subscription_method=subscription_method,
            subscription_src=subscription_src,
        )

        advanced_report_subscriptions_stats_fields.additional_properties = d
        return advanced_report_subscriptions_stats_fields

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
