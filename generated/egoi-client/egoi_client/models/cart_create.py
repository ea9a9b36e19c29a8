from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ecommerce_contact import EcommerceContact
    from ..models.product_input import ProductInput


T = TypeVar("T", bound="CartCreate")


@_attrs_define
class CartCreate:
    """A new cart (`Parameters for the Carts`).

    Attributes:
        cart_id (str | Unset): Cart ID is any non-empty unique string.
        cart_total (float | Unset): Ecommerce cart total.
        contact (EcommerceContact | Unset): The contact of a cart or order (`Contact`): its `base` fields and `extra`
            fields. Unconfirmed: the reference names this object `Contact` without listing its fields on these operations;
            the fields follow its request samples and the contact samples of the Contacts operations, none required and the
            values' formats unchecked.
        products (list[ProductInput] | Unset): List of products.
    """

    cart_id: str | Unset = UNSET
    cart_total: float | Unset = UNSET
    contact: EcommerceContact | Unset = UNSET
    products: list[ProductInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cart_id = self.cart_id

        cart_total = self.cart_total

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
        field_dict.update({})
        if cart_id is not UNSET:
            field_dict["cart_id"] = cart_id
        if cart_total is not UNSET:
            field_dict["cart_total"] = cart_total
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
        cart_id = d.pop("cart_id", UNSET)

        cart_total = d.pop("cart_total", UNSET)

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

        cart_create = cls(
            cart_id=cart_id,
            cart_total=cart_total,
            contact=contact,
            products=products,
        )

        cart_create.additional_properties = d
        return cart_create

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
