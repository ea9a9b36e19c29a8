from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_param import EventParam


T = TypeVar("T", bound="PastEvent")


@_attrs_define
class PastEvent:
    """An event that happened in the past. Unconfirmed: which fields are required is not
    documented; `eventTypeKey` is, as for live events.

        Attributes:
            event_type_key (str): The event type's key; an unknown key creates a new event type. At most 100 characters,
                without `< ; ' \\ / | " ` ^ ? ! ,` (the docs add "and similar": only these are refused
                here).
            key_value (str | Unset): The event's key (an email, phone, external id, ...).
            params (list[EventParam] | Unset): The event's parameters.
            occurred (str | Unset): An ISO 8601 date as the docs write it: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, optionally
                with seconds, a fraction and an offset (`2017-05-14T10:11:10.7022176+03:00`). Without
                an offset the API user's time zone applies.
    """

    event_type_key: str
    key_value: str | Unset = UNSET
    params: list[EventParam] | Unset = UNSET
    occurred: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type_key = self.event_type_key

        key_value = self.key_value

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        occurred = self.occurred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventTypeKey": event_type_key,
            }
        )
        if key_value is not UNSET:
            field_dict["keyValue"] = key_value
        if params is not UNSET:
            field_dict["params"] = params
        if occurred is not UNSET:
            field_dict["occurred"] = occurred

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_param import EventParam  # noqa: PLC0415

        d = dict(src_dict)
        event_type_key = d.pop("eventTypeKey")

        key_value = d.pop("keyValue", UNSET)

        _params = d.pop("params", UNSET)
        params: list[EventParam] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = EventParam.from_dict(params_item_data)

                params.append(params_item)

        occurred = d.pop("occurred", UNSET)

        past_event = cls(
            event_type_key=event_type_key,
            key_value=key_value,
            params=params,
            occurred=occurred,
        )

        past_event.additional_properties = d
        return past_event

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
