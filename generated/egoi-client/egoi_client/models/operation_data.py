from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationData")


@_attrs_define
class OperationData:
    """Data of the operation. Unconfirmed: the reference shows only `internal_name` and `campaign_hash` (a campaign's);
    other operation types may carry other keys.

        Attributes:
            internal_name (str | Unset):
            campaign_hash (str | Unset): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*` unanchored; it is
                anchored here, as the characters of a hash.
    """

    internal_name: str | Unset = UNSET
    campaign_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_name = self.internal_name

        campaign_hash = self.campaign_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if campaign_hash is not UNSET:
            field_dict["campaign_hash"] = campaign_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        internal_name = d.pop("internal_name", UNSET)

        campaign_hash = d.pop("campaign_hash", UNSET)

        operation_data = cls(
            internal_name=internal_name,
            campaign_hash=campaign_hash,
        )

        operation_data.additional_properties = d
        return operation_data

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
