from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_field import AdditionalField


T = TypeVar("T", bound="FieldGroup")


@_attrs_define
class FieldGroup:
    """A group of additional fields.

    Attributes:
        name (str | Unset): The group's name.
        profile_key (str | Unset): The group's key.
        fields (list[AdditionalField] | Unset): The group's fields.
    """

    name: str | Unset = UNSET
    profile_key: str | Unset = UNSET
    fields: list[AdditionalField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        profile_key = self.profile_key

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if profile_key is not UNSET:
            field_dict["profileKey"] = profile_key
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_field import AdditionalField  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        profile_key = d.pop("profileKey", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[AdditionalField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = AdditionalField.from_dict(fields_item_data)

                fields.append(fields_item)

        field_group = cls(
            name=name,
            profile_key=profile_key,
            fields=fields,
        )

        field_group.additional_properties = d
        return field_group

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
