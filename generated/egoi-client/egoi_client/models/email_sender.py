from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sender_status import SenderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSender")


@_attrs_define
class EmailSender:
    """An email sender.

    Attributes:
        sender_id (int): A numeric E-goi id (`ID`).
        name (str | Unset): Sender name
        email (str | Unset): Sender email
        status (SenderStatus | Unset): Moderation status of a sender.
    """

    sender_id: int
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    status: SenderStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_id = self.sender_id

        name = self.name

        email = self.email

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
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender_id = d.pop("sender_id")

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        _status = d.pop("status", UNSET)
        status: SenderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SenderStatus(_status)

        email_sender = cls(
            sender_id=sender_id,
            name=name,
            email=email,
            status=status,
        )

        email_sender.additional_properties = d
        return email_sender

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
