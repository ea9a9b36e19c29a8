from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_status import OperationStatus
from ..models.operation_type import OperationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_data import OperationData


T = TypeVar("T", bound="Operation")


@_attrs_define
class Operation:
    """A queued or running operation.

    Attributes:
        operation_id (int | Unset): A numeric E-goi id (`ID`).
        operation_data (OperationData | Unset): Data of the operation. Unconfirmed: the reference shows only
            `internal_name` and `campaign_hash` (a campaign's); other operation types may carry other keys.
        type_ (OperationType | Unset): Operation type.
        status (OperationStatus | Unset): Operation state.
        created_by (int | Unset): ID of the user who created the operation.
        created (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        start_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
    """

    operation_id: int | Unset = UNSET
    operation_data: OperationData | Unset = UNSET
    type_: OperationType | Unset = UNSET
    status: OperationStatus | Unset = UNSET
    created_by: int | Unset = UNSET
    created: str | Unset = UNSET
    start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        operation_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation_data, Unset):
            operation_data = self.operation_data.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_by = self.created_by

        created = self.created

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if operation_data is not UNSET:
            field_dict["operation_data"] = operation_data
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created is not UNSET:
            field_dict["created"] = created
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operation_data import OperationData  # noqa: PLC0415

        d = dict(src_dict)
        operation_id = d.pop("operation_id", UNSET)

        _operation_data = d.pop("operation_data", UNSET)
        operation_data: OperationData | Unset
        if isinstance(_operation_data, Unset):
            operation_data = UNSET
        else:
            operation_data = OperationData.from_dict(_operation_data)

        _type_ = d.pop("type", UNSET)
        type_: OperationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OperationType(_type_)

        _status = d.pop("status", UNSET)
        status: OperationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OperationStatus(_status)

        created_by = d.pop("created_by", UNSET)

        created = d.pop("created", UNSET)

        start_date = d.pop("start_date", UNSET)

        operation = cls(
            operation_id=operation_id,
            operation_data=operation_data,
            type_=type_,
            status=status,
            created_by=created_by,
            created=created,
            start_date=start_date,
        )

        operation.additional_properties = d
        return operation

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
