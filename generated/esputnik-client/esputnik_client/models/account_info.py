from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountInfo")


@_attrs_define
class AccountInfo:
    """The API user and the organisation.

    Attributes:
        user_email (str): The API user's login (an email, or an API user name).
        organisation_name (str): The organisation's name.
        org_id (int | Unset): The organisation's id (in the type of Yespo's own apps).
    """

    user_email: str
    organisation_name: str
    org_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_email = self.user_email

        organisation_name = self.organisation_name

        org_id = self.org_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userEmail": user_email,
                "organisationName": organisation_name,
            }
        )
        if org_id is not UNSET:
            field_dict["orgId"] = org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_email = d.pop("userEmail")

        organisation_name = d.pop("organisationName")

        org_id = d.pop("orgId", UNSET)

        account_info = cls(
            user_email=user_email,
            organisation_name=organisation_name,
            org_id=org_id,
        )

        account_info.additional_properties = d
        return account_info

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
