from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_type import ItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """An item (a concession or other product) sold by the exhibitor.

    Attributes:
        item_id (str): The exhibitor's id of the item.
        name (str): The name of the item.
        type_ (ItemType): The kind of item. Default: ItemType.CONCESSION.
        tags (list[str] | Unset): Free tags of the record, at most 10.
    """

    item_id: str
    name: str
    type_: ItemType = ItemType.CONCESSION
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        name = self.name

        type_ = self.type_.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "name": name,
                "type": type_,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        name = d.pop("name")

        type_ = ItemType(d.pop("type"))

        tags = cast(list[str], d.pop("tags", UNSET))

        item = cls(
            item_id=item_id,
            name=name,
            type_=type_,
            tags=tags,
        )

        item.additional_properties = d
        return item

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
