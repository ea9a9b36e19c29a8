from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ecommerce_contact import EcommerceContact
    from ..models.product_input import ProductInput


T = TypeVar("T", bound="OrderCreate")


@_attrs_define
class OrderCreate:
    """A new order (`Parameters for the Orders`).

    Attributes:
        order_id (str): Order ID is any non-empty unique string.
        order_total (float | Unset): Ecommerce order total (the reference says "Ecommerce cart total").
        cart_id (str | Unset): Cart ID that originated this order.
        contact (EcommerceContact | Unset): The contact of a cart or order (`Contact`): its `base` fields and `extra`
            fields. Unconfirmed: the reference names this object `Contact` without listing its fields on these operations;
            the fields follow its request samples and the contact samples of the Contacts operations, none required and the
            values' formats unchecked.
        products (list[ProductInput] | Unset): List of products.
    """

    order_id: str
    order_total: float | Unset = UNSET
    cart_id: str | Unset = UNSET
    contact: EcommerceContact | Unset = UNSET
    products: list[ProductInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_total = self.order_total

        cart_id = self.cart_id

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
            }
        )
        if order_total is not UNSET:
            field_dict["order_total"] = order_total
        if cart_id is not UNSET:
            field_dict["cart_id"] = cart_id
        if contact is not UNSET:
            field_dict["contact"] = contact
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ecommerce_contact import EcommerceContact  # noqa: PLC0415
        from ..models.product_input import ProductInput  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("order_id")

        order_total = d.pop("order_total", UNSET)

        cart_id = d.pop("cart_id", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: EcommerceContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = EcommerceContact.from_dict(_contact)

        _products = d.pop("products", UNSET)
        products: list[ProductInput] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = ProductInput.from_dict(products_item_data)

                products.append(products_item)

        order_create = cls(
            order_id=order_id,
            order_total=order_total,
            cart_id=cart_id,
            contact=contact,
            products=products,
        )

        order_create.additional_properties = d
        return order_create

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
