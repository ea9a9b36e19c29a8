from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_action_errors import OperationActionErrors


T = TypeVar("T", bound="OperationActionResult")


@_attrs_define
class OperationActionResult:
    """The outcome of an operation action: the operation IDs it applied to and, by error kind, those it did not.

    Attributes:
        success (list[int] | Unset): IDs of the operations the action applied to.
        error (OperationActionErrors | Unset): Operation IDs the action did not apply to, by error kind. Unconfirmed:
            the reference's sample shows only empty arrays; their items are read as operation IDs.
    """

    success: list[int] | Unset = UNSET
    error: OperationActionErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: list[int] | Unset = UNSET
        if not isinstance(self.success, Unset):
            success = self.success

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operation_action_errors import OperationActionErrors  # noqa: PLC0415

        d = dict(src_dict)
        success = cast(list[int], d.pop("success", UNSET))

        _error = d.pop("error", UNSET)
        error: OperationActionErrors | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = OperationActionErrors.from_dict(_error)

        operation_action_result = cls(
            success=success,
            error=error,
        )

        operation_action_result.additional_properties = d
        return operation_action_result

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
