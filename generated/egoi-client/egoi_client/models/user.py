from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user of the account.

    Attributes:
        user_id (int | Unset): A numeric E-goi id (`ID`).
        username (str | Unset):
        is_admin (bool | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        phone (str | Unset): Phone with country code, `351-300404336`.
        profile_image (str | Unset): The user's profile image.
        status (UserStatus | Unset): Status of a user.
        created (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
    """

    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    is_admin: bool | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    profile_image: str | Unset = UNSET
    status: UserStatus | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        is_admin = self.is_admin

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone = self.phone

        profile_image = self.profile_image

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created = self.created

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image
        if status is not UNSET:
            field_dict["status"] = status
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        username = d.pop("username", UNSET)

        is_admin = d.pop("is_admin", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        profile_image = d.pop("profile_image", UNSET)

        _status = d.pop("status", UNSET)
        status: UserStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UserStatus(_status)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        user = cls(
            user_id=user_id,
            username=username,
            is_admin=is_admin,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            profile_image=profile_image,
            status=status,
            created=created,
            updated=updated,
        )

        user.additional_properties = d
        return user

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
