from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_language import ContactLanguage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_push_token import ContactPushToken


T = TypeVar("T", bound="ContactBase")


@_attrs_define
class ContactBase:
    """A contact's base fields as they are written (create, import and update); responses return them inside
    `ContactBaseFull`. Unconfirmed: the reference names this object without listing its properties; they are taken from
    its samples. `status`, `consent` and the channel statuses have no documented enum (the samples show `active` and
    `any`), so any string is accepted; whether create and import accept `consent` and the channel statuses (only the
    update samples send them) is not stated, and they are accepted.

        Attributes:
            status (str | Unset): Status of the contact in the list (the samples show `active`).
            consent (str | Unset): Consent of the contact.
            first_name (str | Unset): First name of the contact
            last_name (str | Unset): Last name of the contact
            birth_date (datetime.date | Unset): A date, `YYYY-MM-DD`.
            language (ContactLanguage | Unset): Language of a contact.
            email (str | Unset): Email of the contact. Unconfirmed: not constrained to an email format, as stored contacts
                may hold an empty or legacy value.
            email_status (str | Unset): Status of the email channel.
            cellphone (str | Unset): Cellphone of the contact, `<country code>-<number>`.
            cellphone_status (str | Unset): Status of the cellphone channel.
            phone (str | Unset): Phone of the contact, `<country code>-<number>`.
            phone_status (str | Unset): Status of the phone channel.
            push_token_android (list[ContactPushToken] | Unset): Push tokens of the contact's Android apps.
            push_token_ios (list[ContactPushToken] | Unset): Push tokens of the contact's iOS apps.
    """

    status: str | Unset = UNSET
    consent: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    language: ContactLanguage | Unset = UNSET
    email: str | Unset = UNSET
    email_status: str | Unset = UNSET
    cellphone: str | Unset = UNSET
    cellphone_status: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone_status: str | Unset = UNSET
    push_token_android: list[ContactPushToken] | Unset = UNSET
    push_token_ios: list[ContactPushToken] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        consent = self.consent

        first_name = self.first_name

        last_name = self.last_name

        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        email = self.email

        email_status = self.email_status

        cellphone = self.cellphone

        cellphone_status = self.cellphone_status

        phone = self.phone

        phone_status = self.phone_status

        push_token_android: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.push_token_android, Unset):
            push_token_android = []
            for push_token_android_item_data in self.push_token_android:
                push_token_android_item = push_token_android_item_data.to_dict()
                push_token_android.append(push_token_android_item)

        push_token_ios: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.push_token_ios, Unset):
            push_token_ios = []
            for push_token_ios_item_data in self.push_token_ios:
                push_token_ios_item = push_token_ios_item_data.to_dict()
                push_token_ios.append(push_token_ios_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if consent is not UNSET:
            field_dict["consent"] = consent
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if language is not UNSET:
            field_dict["language"] = language
        if email is not UNSET:
            field_dict["email"] = email
        if email_status is not UNSET:
            field_dict["email_status"] = email_status
        if cellphone is not UNSET:
            field_dict["cellphone"] = cellphone
        if cellphone_status is not UNSET:
            field_dict["cellphone_status"] = cellphone_status
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_status is not UNSET:
            field_dict["phone_status"] = phone_status
        if push_token_android is not UNSET:
            field_dict["push_token_android"] = push_token_android
        if push_token_ios is not UNSET:
            field_dict["push_token_ios"] = push_token_ios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_push_token import ContactPushToken  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        consent = d.pop("consent", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        _birth_date = d.pop("birth_date", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = datetime.date.fromisoformat(_birth_date)

        _language = d.pop("language", UNSET)
        language: ContactLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = ContactLanguage(_language)

        email = d.pop("email", UNSET)

        email_status = d.pop("email_status", UNSET)

        cellphone = d.pop("cellphone", UNSET)

        cellphone_status = d.pop("cellphone_status", UNSET)

        phone = d.pop("phone", UNSET)

        phone_status = d.pop("phone_status", UNSET)

        _push_token_android = d.pop("push_token_android", UNSET)
        push_token_android: list[ContactPushToken] | Unset = UNSET
        if _push_token_android is not UNSET:
            push_token_android = []
            for push_token_android_item_data in _push_token_android:
                push_token_android_item = ContactPushToken.from_dict(push_token_android_item_data)

                push_token_android.append(push_token_android_item)

        _push_token_ios = d.pop("push_token_ios", UNSET)
        push_token_ios: list[ContactPushToken] | Unset = UNSET
        if _push_token_ios is not UNSET:
            push_token_ios = []
            for push_token_ios_item_data in _push_token_ios:
                push_token_ios_item = ContactPushToken.from_dict(push_token_ios_item_data)

                push_token_ios.append(push_token_ios_item)

        contact_base = cls(
            status=status,
            consent=consent,
            first_name=first_name,
            last_name=last_name,
            birth_date=birth_date,
            language=language,
            email=email,
            email_status=email_status,
            cellphone=cellphone,
            cellphone_status=cellphone_status,
            phone=phone,
            phone_status=phone_status,
            push_token_android=push_token_android,
            push_token_ios=push_token_ios,
        )

        contact_base.additional_properties = d
        return contact_base

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
