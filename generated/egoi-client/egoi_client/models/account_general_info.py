from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_business_sector import AccountBusinessSector


T = TypeVar("T", bound="AccountGeneralInfo")


@_attrs_define
class AccountGeneralInfo:
    """General information of the account.

    Attributes:
        name (str | Unset):
        website (str | Unset):
        cellphone (str | Unset): Cellphone with country code, `351-910000000`.
        client_id (str | Unset): The account's client ID (a string of digits in the reference's sample).
        company_size (int | Unset): Size of the company. Unconfirmed: the meaning of the values is not documented.
        business_sector (AccountBusinessSector | Unset): The account's business sector.
    """

    name: str | Unset = UNSET
    website: str | Unset = UNSET
    cellphone: str | Unset = UNSET
    client_id: str | Unset = UNSET
    company_size: int | Unset = UNSET
    business_sector: AccountBusinessSector | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        website = self.website

        cellphone = self.cellphone

        client_id = self.client_id

        company_size = self.company_size

        business_sector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_sector, Unset):
            business_sector = self.business_sector.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if website is not UNSET:
            field_dict["website"] = website
        if cellphone is not UNSET:
            field_dict["cellphone"] = cellphone
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if company_size is not UNSET:
            field_dict["company_size"] = company_size
        if business_sector is not UNSET:
            field_dict["business_sector"] = business_sector

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_business_sector import AccountBusinessSector  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        website = d.pop("website", UNSET)

        cellphone = d.pop("cellphone", UNSET)

        client_id = d.pop("client_id", UNSET)

        company_size = d.pop("company_size", UNSET)

        _business_sector = d.pop("business_sector", UNSET)
        business_sector: AccountBusinessSector | Unset
        if isinstance(_business_sector, Unset):
            business_sector = UNSET
        else:
            business_sector = AccountBusinessSector.from_dict(_business_sector)

        account_general_info = cls(
            name=name,
            website=website,
            cellphone=cellphone,
            client_id=client_id,
            company_size=company_size,
            business_sector=business_sector,
        )

        account_general_info.additional_properties = d
        return account_general_info

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
