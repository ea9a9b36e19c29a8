from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushEvent")


@_attrs_define
class PushEvent:
    """Parameters for the event

    Attributes:
        os (str): The OS of the device.
        contact (str): The UID of the contact.
        message_hash (str): The hash of the campaign related to the notification.
        event (str): The event to register (open, canceled). Unconfirmed: given in prose, not as an enum, so any string
            is accepted.
        device_id (int): The E-goi's ID of the device.
        mailing_id (int | Unset): The id of the campaign operation related to the notification.
    """

    os: str
    contact: str
    message_hash: str
    event: str
    device_id: int
    mailing_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os = self.os

        contact = self.contact

        message_hash = self.message_hash

        event = self.event

        device_id = self.device_id

        mailing_id = self.mailing_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "os": os,
                "contact": contact,
                "message_hash": message_hash,
                "event": event,
                "device_id": device_id,
            }
        )
        if mailing_id is not UNSET:
            field_dict["mailing_id"] = mailing_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        os = d.pop("os")

        contact = d.pop("contact")

        message_hash = d.pop("message_hash")

        event = d.pop("event")

        device_id = d.pop("device_id")

        mailing_id = d.pop("mailing_id", UNSET)

        push_event = cls(
            os=os,
            contact=contact,
            message_hash=message_hash,
            event=event,
            device_id=device_id,
            mailing_id=mailing_id,
        )

        push_event.additional_properties = d
        return push_event

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
