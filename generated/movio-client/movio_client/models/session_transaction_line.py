from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionTransactionLine")


@_attrs_define
class SessionTransactionLine:
    """A session line: tickets for a film. Unconfirmed: the field names other than `line_type`
    follow the docs' summary ("ticket/film/item ids, quantity, total, tax, discount"); only
    `line_type` is required.

        Attributes:
            line_type (Literal['session']): The kind of line.
            ticket_id (str | Unset): The id of the ticket sold.
            film_id (str | Unset): The id of the film.
            quantity (int | Unset): The number of tickets.
            total (float | Unset): The total amount of the line.
            tax (float | Unset): The tax included in the line.
            discount (float | Unset): The discount applied to the line.
    """

    line_type: Literal["session"]
    ticket_id: str | Unset = UNSET
    film_id: str | Unset = UNSET
    quantity: int | Unset = UNSET
    total: float | Unset = UNSET
    tax: float | Unset = UNSET
    discount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_type = self.line_type

        ticket_id = self.ticket_id

        film_id = self.film_id

        quantity = self.quantity

        total = self.total

        tax = self.tax

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line_type": line_type,
            }
        )
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if film_id is not UNSET:
            field_dict["film_id"] = film_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if total is not UNSET:
            field_dict["total"] = total
        if tax is not UNSET:
            field_dict["tax"] = tax
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line_type = cast(Literal["session"], d.pop("line_type"))
        if line_type != "session":
            raise ValueError(f"line_type must match const 'session', got '{line_type}'")

        ticket_id = d.pop("ticket_id", UNSET)

        film_id = d.pop("film_id", UNSET)

        quantity = d.pop("quantity", UNSET)

        total = d.pop("total", UNSET)

        tax = d.pop("tax", UNSET)

        discount = d.pop("discount", UNSET)

        session_transaction_line = cls(
            line_type=line_type,
            ticket_id=ticket_id,
            film_id=film_id,
            quantity=quantity,
            total=total,
            tax=tax,
            discount=discount,
        )

        session_transaction_line.additional_properties = d
        return session_transaction_line

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
