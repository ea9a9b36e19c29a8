from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_import_mode import ProductImportMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_input import ProductInput


T = TypeVar("T", bound="ProductImport")


@_attrs_define
class ProductImport:
    """A collection of products to import and how to import them.

    Attributes:
        products (list[ProductInput]): Collection of products to import. Products having an incorrect format will be
            ignored.
        mode (ProductImportMode | Unset): How the import will be processed. The reference's list explaining each mode is
            lost in the flattened copy. Unconfirmed: by their names, `rewrite` replaces the catalog's products, `add` only
            adds new ones and `update` adds new ones and updates existing ones. Default: ProductImportMode.UPDATE.
    """

    products: list[ProductInput]
    mode: ProductImportMode | Unset = ProductImportMode.UPDATE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "products": products,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_input import ProductInput  # noqa: PLC0415

        d = dict(src_dict)
        products = []
        _products = d.pop("products")
        for products_item_data in _products:
            products_item = ProductInput.from_dict(products_item_data)

            products.append(products_item)

        _mode = d.pop("mode", UNSET)
        mode: ProductImportMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ProductImportMode(_mode)

        product_import = cls(
            products=products,
            mode=mode,
        )

        product_import.additional_properties = d
        return product_import

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
