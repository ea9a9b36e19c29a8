from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactExtraFieldOptions")


@_attrs_define
class ContactExtraFieldOptions:
    """The value of an `options` extra field: the ids of the chosen options. Unconfirmed: the reference shows no options
    sample; an array of option ids is assumed.

        Attributes:
            field_id (int): A numeric E-goi id (`ID`).
            format_ (Literal['options']):
            value (list[int] | Unset):
    """

    field_id: int
    format_: Literal["options"]
    value: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        format_ = self.format_

        value: list[int] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_id": field_id,
                "format": format_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("field_id")

        format_ = cast(Literal["options"], d.pop("format"))
        if format_ != "options":
            raise ValueError(f"format must match const 'options', got '{format_}'")

        value = cast(list[int], d.pop("value", UNSET))

        contact_extra_field_options = cls(
            field_id=field_id,
            format_=format_,
            value=value,
        )

        contact_extra_field_options.additional_properties = d
        return contact_extra_field_options

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
