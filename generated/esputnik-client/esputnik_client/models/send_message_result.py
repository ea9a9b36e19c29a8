from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_status import SendStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageResult")


@_attrs_define
class SendMessageResult:
    """The result for one recipient. Unconfirmed: whether a refused recipient has a
    `requestId`; only `locator` and `status` are required.

        Attributes:
            locator (str): The recipient.
            status (SendStatus): `OK`: the message is queued; `ERROR`: it is not, and `message` says why.
            id (int | str | Unset): An integer, sent either as a JSON number or as a string of digits.
            request_id (str | Unset): The id to look the message up with in the message status.
            message (str | Unset): Why the message was not queued (with `ERROR`).
    """

    locator: str
    status: SendStatus
    id: int | str | Unset = UNSET
    request_id: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locator = self.locator

        status = self.status.value

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        request_id = self.request_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locator": locator,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        locator = d.pop("locator")

        status = SendStatus(d.pop("status"))

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        request_id = d.pop("requestId", UNSET)

        message = d.pop("message", UNSET)

        send_message_result = cls(
            locator=locator,
            status=status,
            id=id,
            request_id=request_id,
            message=message,
        )

        send_message_result.additional_properties = d
        return send_message_result

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
