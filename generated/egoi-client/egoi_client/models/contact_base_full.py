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


T = TypeVar("T", bound="ContactBaseFull")


@_attrs_define
class ContactBaseFull:
    """A contact's base fields as E-goi returns them: the written base fields plus the contact id and subscription history.
    The samples show `0000-00-00 00:00:00` for dates not set. Unconfirmed: the subscription and unsubscription methods
    and reasons have no documented enum; any string is accepted.

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
            contact_id (str | Unset): A contact id, ten hexadecimal characters.
            consent_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
            subscription_method (str | Unset):
            subscription_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
            subscription_form (int | Unset): ID of the subscription form (the samples show `0`).
            unsubscription_method (str | Unset):
            unsubscription_reason (str | Unset):
            unsubscription_observation (str | Unset):
            unsubscription_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
            change_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
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
    contact_id: str | Unset = UNSET
    consent_date: str | Unset = UNSET
    subscription_method: str | Unset = UNSET
    subscription_date: str | Unset = UNSET
    subscription_form: int | Unset = UNSET
    unsubscription_method: str | Unset = UNSET
    unsubscription_reason: str | Unset = UNSET
    unsubscription_observation: str | Unset = UNSET
    unsubscription_date: str | Unset = UNSET
    change_date: str | Unset = UNSET
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

        contact_id = self.contact_id

        consent_date = self.consent_date

        subscription_method = self.subscription_method

        subscription_date = self.subscription_date

        subscription_form = self.subscription_form

        unsubscription_method = self.unsubscription_method

        unsubscription_reason = self.unsubscription_reason

        unsubscription_observation = self.unsubscription_observation

        unsubscription_date = self.unsubscription_date

        change_date = self.change_date

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
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if consent_date is not UNSET:
            field_dict["consent_date"] = consent_date
        if subscription_method is not UNSET:
            field_dict["subscription_method"] = subscription_method
        if subscription_date is not UNSET:
            field_dict["subscription_date"] = subscription_date
        if subscription_form is not UNSET:
            field_dict["subscription_form"] = subscription_form
        if unsubscription_method is not UNSET:
            field_dict["unsubscription_method"] = unsubscription_method
        if unsubscription_reason is not UNSET:
            field_dict["unsubscription_reason"] = unsubscription_reason
        if unsubscription_observation is not UNSET:
            field_dict["unsubscription_observation"] = unsubscription_observation
        if unsubscription_date is not UNSET:
            field_dict["unsubscription_date"] = unsubscription_date
        if change_date is not UNSET:
            field_dict["change_date"] = change_date

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

        contact_id = d.pop("contact_id", UNSET)

        consent_date = d.pop("consent_date", UNSET)

        subscription_method = d.pop("subscription_method", UNSET)

        subscription_date = d.pop("subscription_date", UNSET)

        subscription_form = d.pop("subscription_form", UNSET)

        unsubscription_method = d.pop("unsubscription_method", UNSET)

        unsubscription_reason = d.pop("unsubscription_reason", UNSET)

        unsubscription_observation = d.pop("unsubscription_observation", UNSET)

        unsubscription_date = d.pop("unsubscription_date", UNSET)

        change_date = d.pop("change_date", UNSET)

        contact_base_full = cls(
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
            contact_id=contact_id,
            consent_date=consent_date,
            subscription_method=subscription_method,
            subscription_date=subscription_date,
            subscription_form=subscription_form,
            unsubscription_method=unsubscription_method,
            unsubscription_reason=unsubscription_reason,
            unsubscription_observation=unsubscription_observation,
            unsubscription_date=unsubscription_date,
            change_date=change_date,
        )

        contact_base_full.additional_properties = d
        return contact_base_full

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
