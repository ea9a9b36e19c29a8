from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailRequest")


@_attrs_define
class SendEmailRequest:
    """A single email. Unconfirmed: the AMP HTML body and the link-tracking flag (default on)
    exist but their names are not documented; `campaignId` is sent by one client only.

        Attributes:
            from_ (str): A valid sender of the account, as `"Name" <address@domain>`.
            subject (str): The subject.
            html_text (str): The HTML body.
            emails (list[str]): The recipients' addresses.
            plain_text (str | Unset): The plain-text body.
            tags (list[str] | Unset): Tags of the message.
            external_request_id (str | Unset): A caller-side id shared by all recipients.
            skip_personalisation (bool | Unset): Send the body without personalisation.
            subscriptions_keys (list[str] | Unset): Subscription category keys.
            campaign_id (int | Unset): A campaign id. Unconfirmed (see above).
    """

    from_: str
    subject: str
    html_text: str
    emails: list[str]
    plain_text: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    external_request_id: str | Unset = UNSET
    skip_personalisation: bool | Unset = UNSET
    subscriptions_keys: list[str] | Unset = UNSET
    campaign_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        subject = self.subject

        html_text = self.html_text

        emails = self.emails

        plain_text = self.plain_text

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        external_request_id = self.external_request_id

        skip_personalisation = self.skip_personalisation

        subscriptions_keys: list[str] | Unset = UNSET
        if not isinstance(self.subscriptions_keys, Unset):
            subscriptions_keys = self.subscriptions_keys

        campaign_id = self.campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "subject": subject,
                "htmlText": html_text,
                "emails": emails,
            }
        )
        if plain_text is not UNSET:
            field_dict["plainText"] = plain_text
        if tags is not UNSET:
            field_dict["tags"] = tags
        if external_request_id is not UNSET:
            field_dict["externalRequestId"] = external_request_id
        if skip_personalisation is not UNSET:
            field_dict["skipPersonalisation"] = skip_personalisation
        if subscriptions_keys is not UNSET:
            field_dict["subscriptionsKeys"] = subscriptions_keys
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        subject = d.pop("subject")

        html_text = d.pop("htmlText")

        emails = cast(list[str], d.pop("emails"))

        plain_text = d.pop("plainText", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        external_request_id = d.pop("externalRequestId", UNSET)

        skip_personalisation = d.pop("skipPersonalisation", UNSET)

        subscriptions_keys = cast(list[str], d.pop("subscriptionsKeys", UNSET))

        campaign_id = d.pop("campaignId", UNSET)

        send_email_request = cls(
            from_=from_,
            subject=subject,
            html_text=html_text,
            emails=emails,
            plain_text=plain_text,
            tags=tags,
            external_request_id=external_request_id,
            skip_personalisation=skip_personalisation,
            subscriptions_keys=subscriptions_keys,
            campaign_id=campaign_id,
        )

        send_email_request.additional_properties = d
        return send_email_request

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
