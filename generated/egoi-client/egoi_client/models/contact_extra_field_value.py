from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_format import FieldFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactExtraFieldValue")


@_attrs_define
class ContactExtraFieldValue:
    """The value of one extra field of a contact, as written in requests. The reference types request extra fields as
    "ContactExtraFieldDate or ContactExtraFieldText or ContactExtraFieldCellphone or ContactExtraFieldPhone or
    ContactExtraFieldNumber or ContactExtraFieldEmail or ContactExtraFieldOptions"; those alternatives differ only by
    `format` (their discriminator) and the type of `value`. `format` is read-only: the reference's request samples never
    send it (`{"field_id": 1, "value": "2019-01-01"}`), only responses carry it. Without it on the wire the alternatives
    are not mutually exclusive (a date or an email is also valid text), so requests use this one shape, where `value` is
    a string (date `YYYY-MM-DD`, text, cellphone, phone, email), a number or an array of option ids, and the server
    reads the format from the field; responses use the `ContactExtraField` oneOf, discriminated by `format`.
    Unconfirmed: whether a `format` sent in a request is accepted or ignored (it is accepted here).

        Attributes:
            field_id (int): A numeric E-goi id (`ID`).
            value (float | list[int] | str): The field's value: a string for `date` (`YYYY-MM-DD`), `text`, `cellphone`,
                `phone` and `email` fields, a number for `number` fields, an array of option ids for `options` fields.
            format_ (FieldFormat | Unset): Format of an extra field.
    """

    field_id: int
    value: float | list[int] | str
    format_: FieldFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        value: float | list[int] | str
        if isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_id": field_id,
                "value": value,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("field_id")

        def _parse_value(data: object) -> float | list[int] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_2 = cast(list[int], data)

                return value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | list[int] | str, data)

        value = _parse_value(d.pop("value"))

        _format_ = d.pop("format", UNSET)
        format_: FieldFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = FieldFormat(_format_)

        contact_extra_field_value = cls(
            field_id=field_id,
            value=value,
            format_=format_,
        )

        contact_extra_field_value.additional_properties = d
        return contact_extra_field_value

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
