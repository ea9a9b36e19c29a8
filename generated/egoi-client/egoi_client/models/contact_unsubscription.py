from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactUnsubscription")


@_attrs_define
class ContactUnsubscription:
    """One contact to unsubscribe (the reference's `RequestItemsUnsubscribe`). Unconfirmed: the reference lists no
    properties; they come from the sample, and the method and reason have no documented enum (any string is accepted;
    invalid ones are reported in the answer's `errors`). `contact_id` is read as required.

        Attributes:
            contact_id (str): A contact id, ten hexadecimal characters.
            unsubscription_method (str | Unset):
            unsubscription_reason (str | Unset):
            unsubscription_observation (str | Unset):
    """

    contact_id: str
    unsubscription_method: str | Unset = UNSET
    unsubscription_reason: str | Unset = UNSET
    unsubscription_observation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        unsubscription_method = self.unsubscription_method

        unsubscription_reason = self.unsubscription_reason

        unsubscription_observation = self.unsubscription_observation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_id": contact_id,
            }
        )
        if unsubscription_method is not UNSET:
            field_dict["unsubscription_method"] = unsubscription_method
        if unsubscription_reason is not UNSET:
            field_dict["unsubscription_reason"] = unsubscription_reason
        if unsubscription_observation is not UNSET:
            field_dict["unsubscription_observation"] = unsubscription_observation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = d.pop("contact_id")

        unsubscription_method = d.pop("unsubscription_method", UNSET)

        unsubscription_reason = d.pop("unsubscription_reason", UNSET)

        unsubscription_observation = d.pop("unsubscription_observation", UNSET)

        contact_unsubscription = cls(
            contact_id=contact_id,
            unsubscription_method=unsubscription_method,
            unsubscription_reason=unsubscription_reason,
            unsubscription_observation=unsubscription_observation,
        )

        contact_unsubscription.additional_properties = d
        return contact_unsubscription

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
