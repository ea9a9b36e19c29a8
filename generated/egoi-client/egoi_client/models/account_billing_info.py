from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_billing_country import AccountBillingCountry


T = TypeVar("T", bound="AccountBillingInfo")


@_attrs_define
class AccountBillingInfo:
    """Billing information of the account.

    Attributes:
        type_ (str | Unset): Kind of billing entity (e.g. `company`). Unconfirmed: the other values are not documented;
            any string is accepted.
        company_legal_name (str | Unset):
        vat_number (int | str | Unset): VAT number. Unconfirmed: the reference's sample is an integer; VAT numbers can
            hold letters, so a string is accepted too.
        country (AccountBillingCountry | Unset): The billing country.
        city (str | Unset):
        state (str | Unset):
        address1 (str | Unset):
        address2 (str | Unset):
        zip_code (str | Unset):
        invoice_comments (str | Unset):
    """

    type_: str | Unset = UNSET
    company_legal_name: str | Unset = UNSET
    vat_number: int | str | Unset = UNSET
    country: AccountBillingCountry | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    invoice_comments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        company_legal_name = self.company_legal_name

        vat_number: int | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        city = self.city

        state = self.state

        address1 = self.address1

        address2 = self.address2

        zip_code = self.zip_code

        invoice_comments = self.invoice_comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if company_legal_name is not UNSET:
            field_dict["company_legal_name"] = company_legal_name
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if invoice_comments is not UNSET:
            field_dict["invoice_comments"] = invoice_comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_billing_country import AccountBillingCountry  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        company_legal_name = d.pop("company_legal_name", UNSET)

        def _parse_vat_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        vat_number = _parse_vat_number(d.pop("vat_number", UNSET))

        _country = d.pop("country", UNSET)
        country: AccountBillingCountry | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = AccountBillingCountry.from_dict(_country)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        invoice_comments = d.pop("invoice_comments", UNSET)

        account_billing_info = cls(
            type_=type_,
            company_legal_name=company_legal_name,
            vat_number=vat_number,
            country=country,
            city=city,
            state=state,
            address1=address1,
            address2=address2,
            zip_code=zip_code,
            invoice_comments=invoice_comments,
        )

        account_billing_info.additional_properties = d
        return account_billing_info

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
