from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_event_type import ProductEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductEventAction")


@_attrs_define
class ProductEventAction:
    """Send a product event (`product:event`), identified by `uuid` or, when `uuid` is absent, by `user_id`.

    Attributes:
        action (Literal['product:event']):  Default: 'product:event'.
        event (ProductEventType): The product event.
        product_id (int): ID of the product that made the event.
        variant_id (int): Product variant ID.
        uuid (str | Unset): Subscriber ID received on registration (the `uuid` answered by subscribe). The examples are
            all UUIDs; Unconfirmed: any non-empty string is accepted.
        user_id (int | str | Unset): External user (account) id. Unconfirmed: documented as String but sent as a number
            in the examples (`"user_id": 4212451`); both are accepted.
    """

    event: ProductEventType
    product_id: int
    variant_id: int
    action: Literal["product:event"] = "product:event"
    uuid: str | Unset = UNSET
    user_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        event = self.event.value

        product_id = self.product_id

        variant_id = self.variant_id

        uuid = self.uuid

        user_id: int | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "event": event,
                "product_id": product_id,
                "variant_id": variant_id,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["product:event"], d.pop("action"))
        if action != "product:event":
            raise ValueError(f"action must match const 'product:event', got '{action}'")

        event = ProductEventType(d.pop("event"))

        product_id = d.pop("product_id")

        variant_id = d.pop("variant_id")

        uuid = d.pop("uuid", UNSET)

        def _parse_user_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        product_event_action = cls(
            action=action,
            event=event,
            product_id=product_id,
            variant_id=variant_id,
            uuid=uuid,
            user_id=user_id,
        )

        product_event_action.additional_properties = d
        return product_event_action

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
