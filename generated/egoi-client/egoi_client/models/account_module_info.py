from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_toggle import FeatureToggle


T = TypeVar("T", bound="AccountModuleInfo")


@_attrs_define
class AccountModuleInfo:
    """The account's modules and whether each one is enabled.

    Attributes:
        te (FeatureToggle | Unset): Whether a feature is enabled.
    """

    te: FeatureToggle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        te: dict[str, Any] | Unset = UNSET
        if not isinstance(self.te, Unset):
            te = self.te.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if te is not UNSET:
            field_dict["te"] = te

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feature_toggle import FeatureToggle  # noqa: PLC0415

        d = dict(src_dict)
        _te = d.pop("te", UNSET)
        te: FeatureToggle | Unset
        if isinstance(_te, Unset):
            te = UNSET
        else:
            te = FeatureToggle.from_dict(_te)

        account_module_info = cls(
            te=te,
        )

        account_module_info.additional_properties = d
        return account_module_info

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
