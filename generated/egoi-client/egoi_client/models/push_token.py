from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_token_two_steps_data import PushTokenTwoStepsData


T = TypeVar("T", bound="PushToken")


@_attrs_define
class PushToken:
    """Parameters for the token

    Attributes:
        os (str): The OS of the device.
        token (str): The Firebase token.
        two_steps_data (PushTokenTwoStepsData | Unset): The data to register the token with.
    """

    os: str
    token: str
    two_steps_data: PushTokenTwoStepsData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os = self.os

        token = self.token

        two_steps_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.two_steps_data, Unset):
            two_steps_data = self.two_steps_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "os": os,
                "token": token,
            }
        )
        if two_steps_data is not UNSET:
            field_dict["two_steps_data"] = two_steps_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.push_token_two_steps_data import PushTokenTwoStepsData  # noqa: PLC0415

        d = dict(src_dict)
        os = d.pop("os")

        token = d.pop("token")

        _two_steps_data = d.pop("two_steps_data", UNSET)
        two_steps_data: PushTokenTwoStepsData | Unset
        if isinstance(_two_steps_data, Unset):
            two_steps_data = UNSET
        else:
            two_steps_data = PushTokenTwoStepsData.from_dict(_two_steps_data)

        push_token = cls(
            os=os,
            token=token,
            two_steps_data=two_steps_data,
        )

        push_token.additional_properties = d
        return push_token

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
