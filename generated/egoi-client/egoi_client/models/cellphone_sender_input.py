from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CellphoneSenderInput")


@_attrs_define
class CellphoneSenderInput:
    """The body that creates a cellphone sender.

    Attributes:
        type_ (str): Sender code type. Unconfirmed: the reference gives no enum; its sample shows `alpha_numeric`, so
            any string is accepted.
        cellphone (str): Sender cellphone name
        file (str): Content of your sender file in base64
    """

    type_: str
    cellphone: str
    file: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        cellphone = self.cellphone

        file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "cellphone": cellphone,
                "file": file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        cellphone = d.pop("cellphone")

        file = d.pop("file")

        cellphone_sender_input = cls(
            type_=type_,
            cellphone=cellphone,
            file=file,
        )

        cellphone_sender_input.additional_properties = d
        return cellphone_sender_input

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
