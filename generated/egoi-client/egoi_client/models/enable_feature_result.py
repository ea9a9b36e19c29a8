from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnableFeatureResult")


@_attrs_define
class EnableFeatureResult:
    """The answer of an account action that enables a feature.

    Attributes:
        result (bool | str | Unset): `true` when the feature was enabled. Unconfirmed: a string is accepted too, as
            E-goi's other actions answer `"success"`.
        response (str | Unset): A word about the outcome (e.g. `success`).
    """

    result: bool | str | Unset = UNSET
    response: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: bool | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_result(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        response = d.pop("response", UNSET)

        enable_feature_result = cls(
            result=result,
            response=response,
        )

        enable_feature_result.additional_properties = d
        return enable_feature_result

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
