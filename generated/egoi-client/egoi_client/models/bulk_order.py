from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_order_item import BulkOrderItem


T = TypeVar("T", bound="BulkOrder")


@_attrs_define
class BulkOrder:
    """One order of an orders bulk import. Unconfirmed: the reference marks `store_url` required but its own request sample
    omits it; it is optional here.

        Attributes:
            order_id (str): Ecommerce order id.
            revenue (float): Ecommerce order revenue.
            date (str): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
            items (list[BulkOrderItem]): Array of ordered products.
            contact_id (str | Unset): Contact ID is any non-empty unique string identifying the user (such as an email
                address or E-goi uid).
            store_url (str | Unset): Ecommerce store url.
    """

    order_id: str
    revenue: float
    date: str
    items: list[BulkOrderItem]
    contact_id: str | Unset = UNSET
    store_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        revenue = self.revenue

        date = self.date

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        contact_id = self.contact_id

        store_url = self.store_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "revenue": revenue,
                "date": date,
                "items": items,
            }
        )
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if store_url is not UNSET:
            field_dict["store_url"] = store_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_order_item import BulkOrderItem  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("order_id")

        revenue = d.pop("revenue")

        date = d.pop("date")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = BulkOrderItem.from_dict(items_item_data)

            items.append(items_item)

        contact_id = d.pop("contact_id", UNSET)

        store_url = d.pop("store_url", UNSET)

        bulk_order = cls(
            order_id=order_id,
            revenue=revenue,
            date=date,
            items=items,
            contact_id=contact_id,
            store_url=store_url,
        )

        bulk_order.additional_properties = d
        return bulk_order

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
