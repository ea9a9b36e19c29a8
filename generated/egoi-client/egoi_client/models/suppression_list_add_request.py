from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SuppressionListAddRequest")


@_attrs_define
class SuppressionListAddRequest:
    """Values to add to the suppression list.

    Attributes:
        type_ (str): Suppression type. Unconfirmed: the request documents a plain string without an enum (the list
            filter's types are `email`, `email_domain`, `email_user`, `cellphone`, `phone`); any string is accepted.
        value (list[str]): Array of email values to add to the suppression list
    """

    type_: str
    value: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        value = cast(list[str], d.pop("value"))

        suppression_list_add_request = cls(
            type_=type_,
            value=value,
        )

        suppression_list_add_request.additional_properties = d
        return suppression_list_add_request

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
