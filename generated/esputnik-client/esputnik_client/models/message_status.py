from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatus")


@_attrs_define
class MessageStatus:
    """The delivery status of one message. Unconfirmed: `status` values other than
    `DELIVERED` are not documented, so any string is accepted.

        Attributes:
            id (int | str | Unset): An integer, sent either as a JSON number or as a string of digits.
            status (str | Unset): The delivery status, e.g. `DELIVERED`.
            request_id (str | Unset): The `requestId` the send returned.
            failed (bool | BooleanString | Unset): A boolean, sent either as a JSON boolean or as the string `"true"` or
                `"false"`.
            delivered (bool | BooleanString | Unset): A boolean, sent either as a JSON boolean or as the string `"true"` or
                `"false"`.
    """

    id: int | str | Unset = UNSET
    status: str | Unset = UNSET
    request_id: str | Unset = UNSET
    failed: bool | BooleanString | Unset = UNSET
    delivered: bool | BooleanString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status = self.status

        request_id = self.request_id

        failed: bool | str | Unset
        if isinstance(self.failed, Unset):
            failed = UNSET
        elif isinstance(self.failed, BooleanString):
            failed = self.failed.value
        else:
            failed = self.failed

        delivered: bool | str | Unset
        if isinstance(self.delivered, Unset):
            delivered = UNSET
        elif isinstance(self.delivered, BooleanString):
            delivered = self.delivered.value
        else:
            delivered = self.delivered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if failed is not UNSET:
            field_dict["failed"] = failed
        if delivered is not UNSET:
            field_dict["delivered"] = delivered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        status = d.pop("status", UNSET)

        request_id = d.pop("requestId", UNSET)

        def _parse_failed(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_flexible_boolean_type_1 = BooleanString(data)

                return componentsschemas_flexible_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        failed = _parse_failed(d.pop("failed", UNSET))

        def _parse_delivered(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_flexible_boolean_type_1 = BooleanString(data)

                return componentsschemas_flexible_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        delivered = _parse_delivered(d.pop("delivered", UNSET))

        message_status = cls(
            id=id,
            status=status,
            request_id=request_id,
            failed=failed,
            delivered=delivered,
        )

        message_status.additional_properties = d
        return message_status

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
