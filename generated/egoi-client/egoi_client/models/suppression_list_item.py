from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suppression_method import SuppressionMethod
from ..models.suppression_type import SuppressionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SuppressionListItem")


@_attrs_define
class SuppressionListItem:
    """A value of the suppression list.

    Attributes:
        id (int | Unset): A numeric E-goi id (`ID`).
        value (str | Unset): The suppressed value (an address, domain, user part or number).
        type_ (SuppressionType | Unset): Suppression type.
        method (SuppressionMethod | Unset): How a value entered the suppression list.
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*` unanchored; it is
            anchored here, as the characters of a hash.
        created (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
    """

    id: int | Unset = UNSET
    value: str | Unset = UNSET
    type_: SuppressionType | Unset = UNSET
    method: SuppressionMethod | Unset = UNSET
    campaign_hash: str | Unset = UNSET
    created: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        campaign_hash = self.campaign_hash

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_
        if method is not UNSET:
            field_dict["method"] = method
        if campaign_hash is not UNSET:
            field_dict["campaign_hash"] = campaign_hash
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        value = d.pop("value", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SuppressionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SuppressionType(_type_)

        _method = d.pop("method", UNSET)
        method: SuppressionMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = SuppressionMethod(_method)

        campaign_hash = d.pop("campaign_hash", UNSET)

        created = d.pop("created", UNSET)

        suppression_list_item = cls(
            id=id,
            value=value,
            type_=type_,
            method=method,
            campaign_hash=campaign_hash,
            created=created,
        )

        suppression_list_item.additional_properties = d
        return suppression_list_item

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
