from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """A product of an order, for use in messages. Unconfirmed: which fields are required
    differs between sources; only `externalItemId` and `quantity`, which every source sends,
    are required.

        Attributes:
            external_item_id (str): The shop's id of the product.
            quantity (int): The quantity ordered.
            name (str | Unset): The product's name.
            category (str | Unset): The product's category.
            cost (float | Unset): The product's cost.
            url (str | Unset): The product's page.
            image_url (str | Unset): The product's image.
            description (str | Unset): The product's description.
    """

    external_item_id: str
    quantity: int
    name: str | Unset = UNSET
    category: str | Unset = UNSET
    cost: float | Unset = UNSET
    url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_item_id = self.external_item_id

        quantity = self.quantity

        name = self.name

        category = self.category

        cost = self.cost

        url = self.url

        image_url = self.image_url

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalItemId": external_item_id,
                "quantity": quantity,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if cost is not UNSET:
            field_dict["cost"] = cost
        if url is not UNSET:
            field_dict["url"] = url
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_item_id = d.pop("externalItemId")

        quantity = d.pop("quantity")

        name = d.pop("name", UNSET)

        category = d.pop("category", UNSET)

        cost = d.pop("cost", UNSET)

        url = d.pop("url", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        description = d.pop("description", UNSET)

        order_item = cls(
            external_item_id=external_item_id,
            quantity=quantity,
            name=name,
            category=category,
            cost=cost,
            url=url,
            image_url=image_url,
            description=description,
        )

        order_item.additional_properties = d
        return order_item

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
