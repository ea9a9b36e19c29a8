from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_type import FieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_option import FieldOption


T = TypeVar("T", bound="Field")


@_attrs_define
class Field:
    """A base or extra field of a list. `type` and `options` appear in Get all fields.

    Attributes:
        type_ (FieldType | Unset): Whether a field is one of the list's base fields or an extra field.
        options (list[FieldOption] | Unset): The options of an `options` field.
        field_id (int | str | Unset): ID of the field: a name for base fields (such as `email`), a number for extra
            fields. Unconfirmed: the reference shows it as a string here and extra field ids as integers elsewhere; both are
            accepted.
        name (str | Unset): Name of the field
        format_ (str | Unset): Field format (for extra fields one of `date`, `text`, `cellphone`, `phone`, `number`,
            `email`, `options`). Unconfirmed: base fields may report other formats; any string is accepted.
        unique (bool | Unset): True if the field is unique, false otherwise
    """

    type_: FieldType | Unset = UNSET
    options: list[FieldOption] | Unset = UNSET
    field_id: int | str | Unset = UNSET
    name: str | Unset = UNSET
    format_: str | Unset = UNSET
    unique: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_id: int | str | Unset
        if isinstance(self.field_id, Unset):
            field_id = UNSET
        else:
            field_id = self.field_id

        name = self.name

        format_ = self.format_

        unique = self.unique

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if options is not UNSET:
            field_dict["options"] = options
        if field_id is not UNSET:
            field_dict["field_id"] = field_id
        if name is not UNSET:
            field_dict["name"] = name
        if format_ is not UNSET:
            field_dict["format"] = format_
        if unique is not UNSET:
            field_dict["unique"] = unique

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_option import FieldOption  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: FieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FieldType(_type_)

        _options = d.pop("options", UNSET)
        options: list[FieldOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = FieldOption.from_dict(options_item_data)

                options.append(options_item)

        def _parse_field_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        field_id = _parse_field_id(d.pop("field_id", UNSET))

        name = d.pop("name", UNSET)

        format_ = d.pop("format", UNSET)

        unique = d.pop("unique", UNSET)

        field = cls(
            type_=type_,
            options=options,
            field_id=field_id,
            name=name,
            format_=format_,
            unique=unique,
        )

        field.additional_properties = d
        return field

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
