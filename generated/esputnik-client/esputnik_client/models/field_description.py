from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_values import AllowedValues


T = TypeVar("T", bound="FieldDescription")


@_attrs_define
class FieldDescription:
    """The kind of an additional field and its rules. `type` is absent in some answers; seen
    values are textfield, combobox, checkboxlist, textarea, date, number, datetime and
    decimal (other values are accepted).

        Attributes:
            type_ (str | Unset): The kind of field.
            required (bool | BooleanString | Unset): A boolean, sent either as a JSON boolean or as the string `"true"` or
                `"false"`.
            readonly (bool | BooleanString | Unset): A boolean, sent either as a JSON boolean or as the string `"true"` or
                `"false"`.
            allowed_values (AllowedValues | Unset): What values an additional field allows.
    """

    type_: str | Unset = UNSET
    required: bool | BooleanString | Unset = UNSET
    readonly: bool | BooleanString | Unset = UNSET
    allowed_values: AllowedValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        required: bool | str | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        elif isinstance(self.required, BooleanString):
            required = self.required.value
        else:
            required = self.required

        readonly: bool | str | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        elif isinstance(self.readonly, BooleanString):
            readonly = self.readonly.value
        else:
            readonly = self.readonly

        allowed_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allowed_values, Unset):
            allowed_values = self.allowed_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if allowed_values is not UNSET:
            field_dict["allowedValues"] = allowed_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allowed_values import AllowedValues  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        def _parse_required(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_flexible_boolean_type_1 = BooleanString(data)

                return componentsschemas_flexible_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        required = _parse_required(d.pop("required", UNSET))

        def _parse_readonly(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_flexible_boolean_type_1 = BooleanString(data)

                return componentsschemas_flexible_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        readonly = _parse_readonly(d.pop("readonly", UNSET))

        _allowed_values = d.pop("allowedValues", UNSET)
        allowed_values: AllowedValues | Unset
        if isinstance(_allowed_values, Unset):
            allowed_values = UNSET
        else:
            allowed_values = AllowedValues.from_dict(_allowed_values)

        field_description = cls(
            type_=type_,
            required=required,
            readonly=readonly,
            allowed_values=allowed_values,
        )

        field_description.additional_properties = d
        return field_description

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
