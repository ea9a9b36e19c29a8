from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_app_owner_list import PushAppOwnerList


T = TypeVar("T", bound="PushApp")


@_attrs_define
class PushApp:
    """A push application. Unconfirmed: `created` and `updated` are plain strings (the reference's samples show `string`,
    not a date); only `app_id` is required.

        Attributes:
            app_id (str): ID of the E-goi push app.
            list_ (PushAppOwnerList | Unset): The list a push app belongs to.
            name (str | Unset):
            description (str | Unset):
            two_steps_config (str | Unset): The field used to identify contacts in two steps (see
                `PushToken.two_steps_data`).
            development (bool | Unset): Whether the app is in development mode.
            created (str | Unset):
            updated (str | Unset):
    """

    app_id: str
    list_: PushAppOwnerList | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    two_steps_config: str | Unset = UNSET
    development: bool | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_.to_dict()

        name = self.name

        description = self.description

        two_steps_config = self.two_steps_config

        development = self.development

        created = self.created

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if list_ is not UNSET:
            field_dict["list"] = list_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if two_steps_config is not UNSET:
            field_dict["two_steps_config"] = two_steps_config
        if development is not UNSET:
            field_dict["development"] = development
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.push_app_owner_list import PushAppOwnerList  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

        _list_ = d.pop("list", UNSET)
        list_: PushAppOwnerList | Unset
        if isinstance(_list_, Unset):
            list_ = UNSET
        else:
            list_ = PushAppOwnerList.from_dict(_list_)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        two_steps_config = d.pop("two_steps_config", UNSET)

        development = d.pop("development", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        push_app = cls(
            app_id=app_id,
            list_=list_,
            name=name,
            description=description,
            two_steps_config=two_steps_config,
            development=development,
            created=created,
            updated=updated,
        )

        push_app.additional_properties = d
        return push_app

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
