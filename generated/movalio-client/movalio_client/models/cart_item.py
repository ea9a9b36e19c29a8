from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CartItem")


@_attrs_define
class CartItem:
    """One line of the shopping cart. Unconfirmed: modelled from the documentation's example only; no field is required and
    extra fields are accepted.

        Attributes:
            id (int | str | Unset): External product ID.
            title (str | Unset):
            link (str | Unset): Link to the product.
            price (str | Unset): Unit price with currency, e.g. `12 USD`.
            total_price (str | Unset): Line price with currency, e.g. `24 USD`.
            image (None | str | Unset): Link to the product image, or null.
            quantity (int | Unset):
            variant_id (int | None | str | Unset): External product variant ID, or null.
            field_total_price (float | Unset): Line price without currency.
            currency (str | Unset):
    """

    id: int | str | Unset = UNSET
    title: str | Unset = UNSET
    link: str | Unset = UNSET
    price: str | Unset = UNSET
    total_price: str | Unset = UNSET
    image: None | str | Unset = UNSET
    quantity: int | Unset = UNSET
    variant_id: int | None | str | Unset = UNSET
    field_total_price: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title = self.title

        link = self.link

        price = self.price

        total_price = self.total_price

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        quantity = self.quantity

        variant_id: int | None | str | Unset
        if isinstance(self.variant_id, Unset):
            variant_id = UNSET
        else:
            variant_id = self.variant_id

        field_total_price = self.field_total_price

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if link is not UNSET:
            field_dict["link"] = link
        if price is not UNSET:
            field_dict["price"] = price
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if image is not UNSET:
            field_dict["image"] = image
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if variant_id is not UNSET:
            field_dict["variant_id"] = variant_id
        if field_total_price is not UNSET:
            field_dict["_totalPrice"] = field_total_price
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        title = d.pop("title", UNSET)

        link = d.pop("link", UNSET)

        price = d.pop("price", UNSET)

        total_price = d.pop("totalPrice", UNSET)

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        quantity = d.pop("quantity", UNSET)

        def _parse_variant_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        variant_id = _parse_variant_id(d.pop("variant_id", UNSET))

        field_total_price = d.pop("_totalPrice", UNSET)

        currency = d.pop("currency", UNSET)

        cart_item = cls(
            id=id,
            title=title,
            link=link,
            price=price,
            total_price=total_price,
            image=image,
            quantity=quantity,
            variant_id=variant_id,
            field_total_price=field_total_price,
            currency=currency,
        )

        cart_item.additional_properties = d
        return cart_item

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
