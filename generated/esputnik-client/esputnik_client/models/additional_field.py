from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_description import FieldDescription


T = TypeVar("T", bound="AdditionalField")


@_attrs_define
class AdditionalField:
    """An additional field of contacts.

    Attributes:
        id (int | str): An integer, sent either as a JSON number or as a string of digits.
        name (str): The field's name.
        field_key (str | Unset): The field's key.
        description (FieldDescription | Unset): The kind of an additional field and its rules. `type` is absent in some
            answers; seen
            values are textfield, combobox, checkboxlist, textarea, date, number, datetime and
            decimal (other values are accepted).
    """

    id: int | str
    name: str
    field_key: str | Unset = UNSET
    description: FieldDescription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        field_key = self.field_key

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if field_key is not UNSET:
            field_dict["fieldKey"] = field_key
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_description import FieldDescription  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        field_key = d.pop("fieldKey", UNSET)

        _description = d.pop("description", UNSET)
        description: FieldDescription | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = FieldDescription.from_dict(_description)

        additional_field = cls(
            id=id,
            name=name,
            field_key=field_key,
            description=description,
        )

        additional_field.additional_properties = d
        return additional_field

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
