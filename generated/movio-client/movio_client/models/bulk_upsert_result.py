from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkUpsertResult")


@_attrs_define
class BulkUpsertResult:
    """The outcome of a bulk create-or-update request. Unconfirmed: which fields are always
    present is not documented; none are required.

        Attributes:
            total (int | Unset): The number of records in the request.
            created_count (int | Unset): The number of records created.
            updated_count (int | Unset): The number of records updated.
    """

    total: int | Unset = UNSET
    created_count: int | Unset = UNSET
    updated_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        created_count = self.created_count

        updated_count = self.updated_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if created_count is not UNSET:
            field_dict["created_count"] = created_count
        if updated_count is not UNSET:
            field_dict["updated_count"] = updated_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        created_count = d.pop("created_count", UNSET)

        updated_count = d.pop("updated_count", UNSET)

        bulk_upsert_result = cls(
            total=total,
            created_count=created_count,
            updated_count=updated_count,
        )

        bulk_upsert_result.additional_properties = d
        return bulk_upsert_result

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
