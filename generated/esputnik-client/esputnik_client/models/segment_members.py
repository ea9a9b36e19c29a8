from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentMembers")


@_attrs_define
class SegmentMembers:
    """Contacts of a static segment, by contact id or by external customer id (one kind per
    request), at most 500. Unconfirmed: the property names are not in the facts.

        Attributes:
            contact_ids (list[int] | Unset): Contact ids.
            external_customer_ids (list[str] | Unset): External customer ids.
    """

    contact_ids: list[int] | Unset = UNSET
    external_customer_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_ids: list[int] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        external_customer_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_customer_ids, Unset):
            external_customer_ids = self.external_customer_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_ids is not UNSET:
            field_dict["contactIds"] = contact_ids
        if external_customer_ids is not UNSET:
            field_dict["externalCustomerIds"] = external_customer_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_ids = cast(list[int], d.pop("contactIds", UNSET))

        external_customer_ids = cast(list[str], d.pop("externalCustomerIds", UNSET))

        segment_members = cls(
            contact_ids=contact_ids,
            external_customer_ids=external_customer_ids,
        )

        segment_members.additional_properties = d
        return segment_members

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
