from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_source import OrderSource
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_additional_info import OrderAdditionalInfo
    from ..models.order_item import OrderItem


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order, keyed by `externalOrderId`. Unconfirmed: the legacy docs require
    `externalCustomerId`; a newer schema wants one of `externalCustomerId`, `email` or
    `phone`, which is the rule here. A date without a time is accepted for `date` (the
    general date rule).

        Attributes:
            external_order_id (str): The shop's id of the order; resending it updates the order.
            total_cost (float): The order's total.
            status (OrderStatus): The order's status: new (INITIALIZED), being delivered (IN_PROGRESS), paid and
                delivered (DELIVERED, the only one counted for RFM), cancelled (CANCELLED), or an
                abandoned cart (ABANDONED_SHOPPING_CART).
            date (str): An ISO 8601 date as the docs write it: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, optionally
                with seconds, a fraction and an offset (`2017-05-14T10:11:10.7022176+03:00`). Without
                an offset the API user's time zone applies.
            currency (str): The ISO 4217 currency code (USD, EUR, UAH, ...).
            external_customer_id (str | Unset): The shop's id of the customer.
            email (str | Unset): The customer's email; creates the contact when missing.
            phone (str | Unset): The customer's phone; creates the contact when missing.
            first_name (str | Unset): The customer's first name.
            last_name (str | Unset): The customer's last name.
            shipping (float | Unset): The shipping cost.
            discount (float | Unset): The discount.
            taxes (float | Unset): The taxes.
            restore_url (str | Unset): A link restoring the cart.
            status_description (str | Unset): A description of the status.
            store_id (str | Unset): The store, for several stores in one account.
            source (OrderSource | Unset): Where the order was made; `online` when absent.
            delivery_method (str | Unset): The delivery method.
            payment_method (str | Unset): The payment method.
            delivery_address (str | Unset): The delivery address.
            additional_info (OrderAdditionalInfo | Unset): Free-form extra fields of the order.
            items (list[OrderItem] | Unset): The order's products; leave out when not needed in messages.
    """

    external_order_id: str
    total_cost: float
    status: OrderStatus
    date: str
    currency: str
    external_customer_id: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    shipping: float | Unset = UNSET
    discount: float | Unset = UNSET
    taxes: float | Unset = UNSET
    restore_url: str | Unset = UNSET
    status_description: str | Unset = UNSET
    store_id: str | Unset = UNSET
    source: OrderSource | Unset = UNSET
    delivery_method: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    delivery_address: str | Unset = UNSET
    additional_info: OrderAdditionalInfo | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_order_id = self.external_order_id

        total_cost = self.total_cost

        status = self.status.value

        date = self.date

        currency = self.currency

        external_customer_id = self.external_customer_id

        email = self.email

        phone = self.phone

        first_name = self.first_name

        last_name = self.last_name

        shipping = self.shipping

        discount = self.discount

        taxes = self.taxes

        restore_url = self.restore_url

        status_description = self.status_description

        store_id = self.store_id

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        delivery_method = self.delivery_method

        payment_method = self.payment_method

        delivery_address = self.delivery_address

        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalOrderId": external_order_id,
                "totalCost": total_cost,
                "status": status,
                "date": date,
                "currency": currency,
            }
        )
        if external_customer_id is not UNSET:
            field_dict["externalCustomerId"] = external_customer_id
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if discount is not UNSET:
            field_dict["discount"] = discount
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if restore_url is not UNSET:
            field_dict["restoreUrl"] = restore_url
        if status_description is not UNSET:
            field_dict["statusDescription"] = status_description
        if store_id is not UNSET:
            field_dict["storeId"] = store_id
        if source is not UNSET:
            field_dict["source"] = source
        if delivery_method is not UNSET:
            field_dict["deliveryMethod"] = delivery_method
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_additional_info import OrderAdditionalInfo  # noqa: PLC0415
        from ..models.order_item import OrderItem  # noqa: PLC0415

        d = dict(src_dict)
        external_order_id = d.pop("externalOrderId")

        total_cost = d.pop("totalCost")

        status = OrderStatus(d.pop("status"))

        date = d.pop("date")

        currency = d.pop("currency")

        external_customer_id = d.pop("externalCustomerId", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        shipping = d.pop("shipping", UNSET)

        discount = d.pop("discount", UNSET)

        taxes = d.pop("taxes", UNSET)

        restore_url = d.pop("restoreUrl", UNSET)

        status_description = d.pop("statusDescription", UNSET)

        store_id = d.pop("storeId", UNSET)

        _source = d.pop("source", UNSET)
        source: OrderSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = OrderSource(_source)

        delivery_method = d.pop("deliveryMethod", UNSET)

        payment_method = d.pop("paymentMethod", UNSET)

        delivery_address = d.pop("deliveryAddress", UNSET)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: OrderAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = OrderAdditionalInfo.from_dict(_additional_info)

        _items = d.pop("items", UNSET)
        items: list[OrderItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderItem.from_dict(items_item_data)

                items.append(items_item)

        order = cls(
            external_order_id=external_order_id,
            total_cost=total_cost,
            status=status,
            date=date,
            currency=currency,
            external_customer_id=external_customer_id,
            email=email,
            phone=phone,
            first_name=first_name,
            last_name=last_name,
            shipping=shipping,
            discount=discount,
            taxes=taxes,
            restore_url=restore_url,
            status_description=status_description,
            store_id=store_id,
            source=source,
            delivery_method=delivery_method,
            payment_method=payment_method,
            delivery_address=delivery_address,
            additional_info=additional_info,
            items=items,
        )

        order.additional_properties = d
        return order

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
