from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_item import CartItem


T = TypeVar("T", bound="CartContent")


@_attrs_define
class CartContent:
    """Content of the shopping cart. Unconfirmed: modelled from the documentation's example only; no field is required and
    extra fields are accepted.

        Attributes:
            items (list[CartItem] | Unset):
            total_price (str | Unset): Cart total with currency, e.g. `24 USD`.
            item_count (int | Unset): Number of items (quantities summed).
            unique_item_count (int | Unset): Number of distinct lines.
            link (str | Unset): Link to the cart.
            currency (str | Unset):
    """

    items: list[CartItem] | Unset = UNSET
    total_price: str | Unset = UNSET
    item_count: int | Unset = UNSET
    unique_item_count: int | Unset = UNSET
    link: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        total_price = self.total_price

        item_count = self.item_count

        unique_item_count = self.unique_item_count

        link = self.link

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if item_count is not UNSET:
            field_dict["itemCount"] = item_count
        if unique_item_count is not UNSET:
            field_dict["uniqueItemCount"] = unique_item_count
        if link is not UNSET:
            field_dict["link"] = link
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cart_item import CartItem  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[CartItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = CartItem.from_dict(items_item_data)

                items.append(items_item)

        total_price = d.pop("totalPrice", UNSET)

        item_count = d.pop("itemCount", UNSET)

        unique_item_count = d.pop("uniqueItemCount", UNSET)

        link = d.pop("link", UNSET)

        currency = d.pop("currency", UNSET)

        cart_content = cls(
            items=items,
            total_price=total_price,
            item_count=item_count,
            unique_item_count=unique_item_count,
            link=link,
            currency=currency,
        )

        cart_content.additional_properties = d
        return cart_content

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
