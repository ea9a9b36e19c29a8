from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceContentTemplate")


@_attrs_define
class VoiceContentTemplate:
    """The message of a saved voice template.

    Attributes:
        type_ (Literal['template_id']):
        template_id (int | Unset): A numeric E-goi id (`ID`).
    """

    type_: Literal["template_id"]
    template_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if template_id is not UNSET:
            field_dict["template_id"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["template_id"], d.pop("type"))
        if type_ != "template_id":
            raise ValueError(f"type must match const 'template_id', got '{type_}'")

        template_id = d.pop("template_id", UNSET)

        voice_content_template = cls(
            type_=type_,
            template_id=template_id,
        )

        voice_content_template.additional_properties = d
        return voice_content_template

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
