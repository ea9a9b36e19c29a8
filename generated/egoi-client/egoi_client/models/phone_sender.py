from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sender_status import SenderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneSender")


@_attrs_define
class PhoneSender:
    """A voice (phone) sender.

    Attributes:
        sender_id (int): A numeric E-goi id (`ID`).
        phone (str | Unset): Sender value (country code followed by phone number, split by '-') Example: 351-300404336.
        status (SenderStatus | Unset): Moderation status of a sender.
    """

    sender_id: int
    phone: str | Unset = UNSET
    status: SenderStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_id = self.sender_id

        phone = self.phone

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender_id": sender_id,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender_id = d.pop("sender_id")

        phone = d.pop("phone", UNSET)

        _status = d.pop("status", UNSET)
        status: SenderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SenderStatus(_status)

        phone_sender = cls(
            sender_id=sender_id,
            phone=phone,
            status=status,
        )

        phone_sender.additional_properties = d
        return phone_sender

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
