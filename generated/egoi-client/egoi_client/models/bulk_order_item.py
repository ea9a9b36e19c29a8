from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkOrderItem")


@_attrs_define
class BulkOrderItem:
    """A product line of a bulk-imported order. Unconfirmed: the reference types these items as `Contact` and lists no
    fields; the fields and types follow its request sample, none required.

        Attributes:
            id (str | Unset): ID of the product.
            name (str | Unset): Name of the product.
            category (str | Unset): Category of the product.
            price (float | Unset): Unit price of the product.
            quantity (int | Unset): Quantity ordered.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    category: str | Unset = UNSET
    price: float | Unset = UNSET
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        category = self.category

        price = self.price

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        category = d.pop("category", UNSET)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        bulk_order_item = cls(
            id=id,
            name=name,
            category=category,
            price=price,
            quantity=quantity,
        )

        bulk_order_item.additional_properties = d
        return bulk_order_item

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
