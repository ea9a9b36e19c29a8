from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """The account's balance; the numbers come as strings. Unconfirmed: which fields are always
    present; none is required.

        Attributes:
            current_balance (float | str | Unset): A decimal number, sent either as a JSON number or as a string such as
                `"0.0"`.
            credit_limit (float | str | Unset): A decimal number, sent either as a JSON number or as a string such as
                `"0.0"`.
            currency (str | Unset): The currency of the balance.
            bonus_emails (int | str | Unset): An integer, sent either as a JSON number or as a string of digits.
            bonus_smses (int | str | Unset): An integer, sent either as a JSON number or as a string of digits.
    """

    current_balance: float | str | Unset = UNSET
    credit_limit: float | str | Unset = UNSET
    currency: str | Unset = UNSET
    bonus_emails: int | str | Unset = UNSET
    bonus_smses: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_balance: float | str | Unset
        if isinstance(self.current_balance, Unset):
            current_balance = UNSET
        else:
            current_balance = self.current_balance

        credit_limit: float | str | Unset
        if isinstance(self.credit_limit, Unset):
            credit_limit = UNSET
        else:
            credit_limit = self.credit_limit

        currency = self.currency

        bonus_emails: int | str | Unset
        if isinstance(self.bonus_emails, Unset):
            bonus_emails = UNSET
        else:
            bonus_emails = self.bonus_emails

        bonus_smses: int | str | Unset
        if isinstance(self.bonus_smses, Unset):
            bonus_smses = UNSET
        else:
            bonus_smses = self.bonus_smses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_balance is not UNSET:
            field_dict["currentBalance"] = current_balance
        if credit_limit is not UNSET:
            field_dict["creditLimit"] = credit_limit
        if currency is not UNSET:
            field_dict["currency"] = currency
        if bonus_emails is not UNSET:
            field_dict["bonusEmails"] = bonus_emails
        if bonus_smses is not UNSET:
            field_dict["bonusSmses"] = bonus_smses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_current_balance(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        current_balance = _parse_current_balance(d.pop("currentBalance", UNSET))

        def _parse_credit_limit(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        credit_limit = _parse_credit_limit(d.pop("creditLimit", UNSET))

        currency = d.pop("currency", UNSET)

        def _parse_bonus_emails(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        bonus_emails = _parse_bonus_emails(d.pop("bonusEmails", UNSET))

        def _parse_bonus_smses(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        bonus_smses = _parse_bonus_smses(d.pop("bonusSmses", UNSET))

        balance = cls(
            current_balance=current_balance,
            credit_limit=credit_limit,
            currency=currency,
            bonus_emails=bonus_emails,
            bonus_smses=bonus_smses,
        )

        balance.additional_properties = d
        return balance

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
