from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_format import FieldFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtraFieldCreateRequest")


@_attrs_define
class ExtraFieldCreateRequest:
    """A new extra field.

    Attributes:
        name (str): Name of the field
        format_ (FieldFormat): Format of an extra field.
        unique (bool | Unset): True if the field is unique, false otherwise
    """

    name: str
    format_: FieldFormat
    unique: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        format_ = self.format_.value

        unique = self.unique

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "format": format_,
            }
        )
        if unique is not UNSET:
            field_dict["unique"] = unique

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        format_ = FieldFormat(d.pop("format"))

        unique = d.pop("unique", UNSET)

        extra_field_create_request = cls(
            name=name,
            format_=format_,
            unique=unique,
        )

        extra_field_create_request.additional_properties = d
        return extra_field_create_request

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
