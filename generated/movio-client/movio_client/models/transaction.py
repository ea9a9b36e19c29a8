from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_transaction_line import ItemTransactionLine
    from ..models.session_transaction_line import SessionTransactionLine


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """A purchase transaction of a member at a cinema.

    Attributes:
        transaction_id (str): The exhibitor's id of the transaction.
        member_id (str): The id of the member who made the transaction.
        cinema_id (str): The id of the cinema where the transaction was made.
        transaction_lines (list[ItemTransactionLine | SessionTransactionLine]): The lines of the transaction.
        sales_channel (str | Unset): The channel the sale was made through. Unconfirmed: the values are not documented.
        transacted_at (datetime.datetime | Unset): When the transaction was made, in UTC.
        timezone (str | Unset): An IANA time zone name.
    """

    transaction_id: str
    member_id: str
    cinema_id: str
    transaction_lines: list[ItemTransactionLine | SessionTransactionLine]
    sales_channel: str | Unset = UNSET
    transacted_at: datetime.datetime | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.session_transaction_line import SessionTransactionLine  # noqa: PLC0415

        transaction_id = self.transaction_id

        member_id = self.member_id

        cinema_id = self.cinema_id

        transaction_lines = []
        for transaction_lines_item_data in self.transaction_lines:
            transaction_lines_item: dict[str, Any]
            if isinstance(transaction_lines_item_data, SessionTransactionLine):
                transaction_lines_item = transaction_lines_item_data.to_dict()
            else:
                transaction_lines_item = transaction_lines_item_data.to_dict()

            transaction_lines.append(transaction_lines_item)

        sales_channel = self.sales_channel

        transacted_at: str | Unset = UNSET
        if not isinstance(self.transacted_at, Unset):
            transacted_at = self.transacted_at.isoformat()

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "member_id": member_id,
                "cinema_id": cinema_id,
                "transactionLines": transaction_lines,
            }
        )
        if sales_channel is not UNSET:
            field_dict["salesChannel"] = sales_channel
        if transacted_at is not UNSET:
            field_dict["transactedAt"] = transacted_at
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_transaction_line import ItemTransactionLine  # noqa: PLC0415
        from ..models.session_transaction_line import SessionTransactionLine  # noqa: PLC0415

        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        member_id = d.pop("member_id")

        cinema_id = d.pop("cinema_id")

        transaction_lines = []
        _transaction_lines = d.pop("transactionLines")
        for transaction_lines_item_data in _transaction_lines:

            def _parse_transaction_lines_item(data: object) -> ItemTransactionLine | SessionTransactionLine:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transaction_line_type_0 = SessionTransactionLine.from_dict(data)

                    return componentsschemas_transaction_line_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_transaction_line_type_1 = ItemTransactionLine.from_dict(data)

                return componentsschemas_transaction_line_type_1

            transaction_lines_item = _parse_transaction_lines_item(transaction_lines_item_data)

            transaction_lines.append(transaction_lines_item)

        sales_channel = d.pop("salesChannel", UNSET)

        _transacted_at = d.pop("transactedAt", UNSET)
        transacted_at: datetime.datetime | Unset
        if isinstance(_transacted_at, Unset):
            transacted_at = UNSET
        else:
            transacted_at = datetime.datetime.fromisoformat(_transacted_at)

        timezone = d.pop("timezone", UNSET)

        transaction = cls(
            transaction_id=transaction_id,
            member_id=member_id,
            cinema_id=cinema_id,
            transaction_lines=transaction_lines,
            sales_channel=sales_channel,
            transacted_at=transacted_at,
            timezone=timezone,
        )

        transaction.additional_properties = d
        return transaction

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
