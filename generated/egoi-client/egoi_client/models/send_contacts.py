from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendContacts")


@_attrs_define
class SendContacts:
    """The given contacts of the list. Unconfirmed: not shown in the reference; the name of the field holding the contact
    ids (`data`) is unconfirmed and not required.

        Attributes:
            type_ (Literal['contacts']):
            data (list[str] | Unset): Array of contact IDs
    """

    type_: Literal["contacts"]
    data: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data: list[str] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["contacts"], d.pop("type"))
        if type_ != "contacts":
            raise ValueError(f"type must match const 'contacts', got '{type_}'")

        data = cast(list[str], d.pop("data", UNSET))

        send_contacts = cls(
            type_=type_,
            data=data,
        )

        send_contacts.additional_properties = d
        return send_contacts

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
