from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_custom_attribute import ProductCustomAttribute


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """A product of a catalog, as E-goi returns it.

    Attributes:
        name (str): Name of the product.
        product_identifier (str): The ID of a product in your store. Unconfirmed: the reference gives the character
            class `[a-zA-Z0-9\\_\\-.]` unanchored and without a quantifier; it is read here as the characters the identifier
            is made of (one or more).
        description (str | Unset): Description of the product.
        sku (str | Unset): Stock Keeping Unit.
        upc (str | Unset): Universal Product Code.
        ean (str | Unset): European Article Numbering.
        gtin (str | Unset): Global Trade Item Number.
        mpn (str | Unset): Manufacturer Part Number.
        link (str | Unset): Link for the product.
        image_link (str | Unset): Link for the product image.
        price (float | Unset): Price of the product (E-goi takes 0 for a new product sent without one; no default here,
            so an update never resets it).
        sale_price (float | Unset): Sale price of the product (E-goi takes 0 for a new product sent without one; no
            default here, so an update never resets it).
        brand (str | Unset): Brand of the product.
        categories (list[str] | Unset): Array of product categories, using the character '>' as delimiter for the
            breadcrumb syntax.
        related_products (list[str] | Unset): Related products, array of 'product_identifier'.
        custom_attributes (list[ProductCustomAttribute] | Unset): Custom attributes.
        catalog_id (int | Unset): A numeric E-goi id (`ID`).
    """

    name: str
    product_identifier: str
    description: str | Unset = UNSET
    sku: str | Unset = UNSET
    upc: str | Unset = UNSET
    ean: str | Unset = UNSET
    gtin: str | Unset = UNSET
    mpn: str | Unset = UNSET
    link: str | Unset = UNSET
    image_link: str | Unset = UNSET
    price: float | Unset = UNSET
    sale_price: float | Unset = UNSET
    brand: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    related_products: list[str] | Unset = UNSET
    custom_attributes: list[ProductCustomAttribute] | Unset = UNSET
    catalog_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        product_identifier = self.product_identifier

        description = self.description

        sku = self.sku

        upc = self.upc

        ean = self.ean

        gtin = self.gtin

        mpn = self.mpn

        link = self.link

        image_link = self.image_link

        price = self.price

        sale_price = self.sale_price

        brand = self.brand

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        related_products: list[str] | Unset = UNSET
        if not isinstance(self.related_products, Unset):
            related_products = self.related_products

        custom_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = []
            for custom_attributes_item_data in self.custom_attributes:
                custom_attributes_item = custom_attributes_item_data.to_dict()
                custom_attributes.append(custom_attributes_item)

        catalog_id = self.catalog_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "product_identifier": product_identifier,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if sku is not UNSET:
            field_dict["sku"] = sku
        if upc is not UNSET:
            field_dict["upc"] = upc
        if ean is not UNSET:
            field_dict["ean"] = ean
        if gtin is not UNSET:
            field_dict["gtin"] = gtin
        if mpn is not UNSET:
            field_dict["mpn"] = mpn
        if link is not UNSET:
            field_dict["link"] = link
        if image_link is not UNSET:
            field_dict["image_link"] = image_link
        if price is not UNSET:
            field_dict["price"] = price
        if sale_price is not UNSET:
            field_dict["sale_price"] = sale_price
        if brand is not UNSET:
            field_dict["brand"] = brand
        if categories is not UNSET:
            field_dict["categories"] = categories
        if related_products is not UNSET:
            field_dict["related_products"] = related_products
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes
        if catalog_id is not UNSET:
            field_dict["catalog_id"] = catalog_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_custom_attribute import ProductCustomAttribute  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        product_identifier = d.pop("product_identifier")

        description = d.pop("description", UNSET)

        sku = d.pop("sku", UNSET)

        upc = d.pop("upc", UNSET)

        ean = d.pop("ean", UNSET)

        gtin = d.pop("gtin", UNSET)

        mpn = d.pop("mpn", UNSET)

        link = d.pop("link", UNSET)

        image_link = d.pop("image_link", UNSET)

        price = d.pop("price", UNSET)

        sale_price = d.pop("sale_price", UNSET)

        brand = d.pop("brand", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        related_products = cast(list[str], d.pop("related_products", UNSET))

        _custom_attributes = d.pop("custom_attributes", UNSET)
        custom_attributes: list[ProductCustomAttribute] | Unset = UNSET
        if _custom_attributes is not UNSET:
            custom_attributes = []
            for custom_attributes_item_data in _custom_attributes:
                custom_attributes_item = ProductCustomAttribute.from_dict(custom_attributes_item_data)

                custom_attributes.append(custom_attributes_item)

        catalog_id = d.pop("catalog_id", UNSET)

        product = cls(
            name=name,
            product_identifier=product_identifier,
            description=description,
            sku=sku,
            upc=upc,
            ean=ean,
            gtin=gtin,
            mpn=mpn,
            link=link,
            image_link=image_link,
            price=price,
            sale_price=sale_price,
            brand=brand,
            categories=categories,
            related_products=related_products,
            custom_attributes=custom_attributes,
            catalog_id=catalog_id,
        )

        product.additional_properties = d
        return product

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
