from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedValues")


@_attrs_define
class AllowedValues:
    """What values an additional field allows.

    Attributes:
        possible_values (list[str] | Unset): The values of a list field.
        min_value (int | str | Unset): An integer, sent either as a JSON number or as a string of digits.
        max_value (int | str | Unset): An integer, sent either as a JSON number or as a string of digits.
    """

    possible_values: list[str] | Unset = UNSET
    min_value: int | str | Unset = UNSET
    max_value: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        possible_values: list[str] | Unset = UNSET
        if not isinstance(self.possible_values, Unset):
            possible_values = self.possible_values

        min_value: int | str | Unset
        if isinstance(self.min_value, Unset):
            min_value = UNSET
        else:
            min_value = self.min_value

        max_value: int | str | Unset
        if isinstance(self.max_value, Unset):
            max_value = UNSET
        else:
            max_value = self.max_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if possible_values is not UNSET:
            field_dict["possibleValues"] = possible_values
        if min_value is not UNSET:
            field_dict["minValue"] = min_value
        if max_value is not UNSET:
            field_dict["maxValue"] = max_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        possible_values = cast(list[str], d.pop("possibleValues", UNSET))

        def _parse_min_value(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        min_value = _parse_min_value(d.pop("minValue", UNSET))

        def _parse_max_value(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        max_value = _parse_max_value(d.pop("maxValue", UNSET))

        allowed_values = cls(
            possible_values=possible_values,
            min_value=min_value,
            max_value=max_value,
        )

        allowed_values.additional_properties = d
        return allowed_values

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
