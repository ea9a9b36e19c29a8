from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_balance_info import AccountBalanceInfo
    from ..models.account_billing_info import AccountBillingInfo
    from ..models.account_general_info import AccountGeneralInfo
    from ..models.account_module_info import AccountModuleInfo
    from ..models.account_plan_info import AccountPlanInfo


T = TypeVar("T", bound="MyAccount")


@_attrs_define
class MyAccount:
    """The account's information.

    Attributes:
        general_info (AccountGeneralInfo | Unset): General information of the account.
        billing_info (AccountBillingInfo | Unset): Billing information of the account.
        plan_info (AccountPlanInfo | Unset): The account's plan.
        balance_info (AccountBalanceInfo | Unset): The account's balance.
        module_info (AccountModuleInfo | Unset): The account's modules and whether each one is enabled.
    """

    general_info: AccountGeneralInfo | Unset = UNSET
    billing_info: AccountBillingInfo | Unset = UNSET
    plan_info: AccountPlanInfo | Unset = UNSET
    balance_info: AccountBalanceInfo | Unset = UNSET
    module_info: AccountModuleInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        general_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.general_info, Unset):
            general_info = self.general_info.to_dict()

        billing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_info, Unset):
            billing_info = self.billing_info.to_dict()

        plan_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan_info, Unset):
            plan_info = self.plan_info.to_dict()

        balance_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_info, Unset):
            balance_info = self.balance_info.to_dict()

        module_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.module_info, Unset):
            module_info = self.module_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if general_info is not UNSET:
            field_dict["general_info"] = general_info
        if billing_info is not UNSET:
            field_dict["billing_info"] = billing_info
        if plan_info is not UNSET:
            field_dict["plan_info"] = plan_info
        if balance_info is not UNSET:
            field_dict["balance_info"] = balance_info
        if module_info is not UNSET:
            field_dict["module_info"] = module_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_balance_info import AccountBalanceInfo  # noqa: PLC0415
        from ..models.account_billing_info import AccountBillingInfo  # noqa: PLC0415
        from ..models.account_general_info import AccountGeneralInfo  # noqa: PLC0415
        from ..models.account_module_info import AccountModuleInfo  # noqa: PLC0415
        from ..models.account_plan_info import AccountPlanInfo  # noqa: PLC0415

        d = dict(src_dict)
        _general_info = d.pop("general_info", UNSET)
        general_info: AccountGeneralInfo | Unset
        if isinstance(_general_info, Unset):
            general_info = UNSET
        else:
            general_info = AccountGeneralInfo.from_dict(_general_info)

        _billing_info = d.pop("billing_info", UNSET)
        billing_info: AccountBillingInfo | Unset
        if isinstance(_billing_info, Unset):
            billing_info = UNSET
        else:
            billing_info = AccountBillingInfo.from_dict(_billing_info)

        _plan_info = d.pop("plan_info", UNSET)
        plan_info: AccountPlanInfo | Unset
        if isinstance(_plan_info, Unset):
            plan_info = UNSET
        else:
            plan_info = AccountPlanInfo.from_dict(_plan_info)

        _balance_info = d.pop("balance_info", UNSET)
        balance_info: AccountBalanceInfo | Unset
        if isinstance(_balance_info, Unset):
            balance_info = UNSET
        else:
            balance_info = AccountBalanceInfo.from_dict(_balance_info)

        _module_info = d.pop("module_info", UNSET)
        module_info: AccountModuleInfo | Unset
        if isinstance(_module_info, Unset):
            module_info = UNSET
        else:
            module_info = AccountModuleInfo.from_dict(_module_info)

        my_account = cls(
            general_info=general_info,
            billing_info=billing_info,
            plan_info=plan_info,
            balance_info=balance_info,
            module_info=module_info,
        )

        my_account.additional_properties = d
        return my_account

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
