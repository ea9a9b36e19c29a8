from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_activity_action import ContactActivityAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_activity_data import ContactActivityData


T = TypeVar("T", bound="ContactActivity")


@_attrs_define
class ContactActivity:
    """One activity of a contact.

    Attributes:
        action_data (ContactActivityData | Unset): Details of an activity. Unconfirmed: they depend on `action_name` and
            the reference shows only an email click's (`campaign_hash`, `url`); any other properties are accepted.
        date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        action_name (ContactActivityAction | Unset): Kind of contact activity.
    """

    action_data: ContactActivityData | Unset = UNSET
    date: str | Unset = UNSET
    action_name: ContactActivityAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action_data, Unset):
            action_data = self.action_data.to_dict()

        date = self.date

        action_name: str | Unset = UNSET
        if not isinstance(self.action_name, Unset):
            action_name = self.action_name.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_data is not UNSET:
            field_dict["action_data"] = action_data
        if date is not UNSET:
            field_dict["date"] = date
        if action_name is not UNSET:
            field_dict["action_name"] = action_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_activity_data import ContactActivityData  # noqa: PLC0415

        d = dict(src_dict)
        _action_data = d.pop("action_data", UNSET)
        action_data: ContactActivityData | Unset
        if isinstance(_action_data, Unset):
            action_data = UNSET
        else:
            action_data = ContactActivityData.from_dict(_action_data)

        date = d.pop("date", UNSET)

        _action_name = d.pop("action_name", UNSET)
        action_name: ContactActivityAction | Unset
        if isinstance(_action_name, Unset):
            action_name = UNSET
        else:
            action_name = ContactActivityAction(_action_name)

        contact_activity = cls(
            action_data=action_data,
            date=date,
            action_name=action_name,
        )

        contact_activity.additional_properties = d
        return contact_activity

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
