from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_content import CartContent


T = TypeVar("T", bound="CartSyncAction")


@_attrs_define
class CartSyncAction:
    """Send the shopping cart content (`cart:sync`), identified by `uuid` or, when `uuid` is absent, by `user_id`.

    Attributes:
        action (Literal['cart:sync']):  Default: 'cart:sync'.
        content (CartContent): Content of the shopping cart. Unconfirmed: modelled from the documentation's example
            only; no field is required and extra fields are accepted.
        uuid (str | Unset): Subscriber ID received on registration (the `uuid` answered by subscribe). The examples are
            all UUIDs; Unconfirmed: any non-empty string is accepted.
        user_id (int | str | Unset): External user (account) id. Unconfirmed: documented as String but sent as a number
            in the examples (`"user_id": 4212451`); both are accepted.
    """

    content: CartContent
    action: Literal["cart:sync"] = "cart:sync"
    uuid: str | Unset = UNSET
    user_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        content = self.content.to_dict()

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
                "content": content,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cart_content import CartContent  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["cart:sync"], d.pop("action"))
        if action != "cart:sync":
            raise ValueError(f"action must match const 'cart:sync', got '{action}'")

        content = CartContent.from_dict(d.pop("content"))

        uuid = d.pop("uuid", UNSET)

        def _parse_user_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        cart_sync_action = cls(
            action=action,
            content=content,
            uuid=uuid,
            user_id=user_id,
        )

        cart_sync_action.additional_properties = d
        return cart_sync_action

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
