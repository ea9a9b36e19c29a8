from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationActionErrors")


@_attrs_define
class OperationActionErrors:
    """Operation IDs the action did not apply to, by error kind. Unconfirmed: the reference's sample shows only empty
    arrays; their items are read as operation IDs.

        Attributes:
            invalid_operation_action (list[int] | Unset): Operations whose state does not allow the action.
            operation_not_found (list[int] | Unset): Operations that do not exist.
    """

    invalid_operation_action: list[int] | Unset = UNSET
    operation_not_found: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invalid_operation_action: list[int] | Unset = UNSET
        if not isinstance(self.invalid_operation_action, Unset):
            invalid_operation_action = self.invalid_operation_action

        operation_not_found: list[int] | Unset = UNSET
        if not isinstance(self.operation_not_found, Unset):
            operation_not_found = self.operation_not_found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invalid_operation_action is not UNSET:
            field_dict["invalid_operation_action"] = invalid_operation_action
        if operation_not_found is not UNSET:
            field_dict["operation_not_found"] = operation_not_found

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invalid_operation_action = cast(list[int], d.pop("invalid_operation_action", UNSET))

        operation_not_found = cast(list[int], d.pop("operation_not_found", UNSET))

        operation_action_errors = cls(
            invalid_operation_action=invalid_operation_action,
            operation_not_found=operation_not_found,
        )

        operation_action_errors.additional_properties = d
        return operation_action_errors

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
