from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smart_send_recipient import SmartSendRecipient


T = TypeVar("T", bound="SmartSendRequest")


@_attrs_define
class SmartSendRequest:
    """A prepared message's recipients and options, at most 1000 recipients.

    Unconfirmed: `campaignId` and `allowUnconfirmed` are sent by one client only; where
    `externalRequestId` goes (here or per recipient) is not settled, so both are accepted.

        Attributes:
            recipients (list[SmartSendRecipient]): The recipients, each with its own data.
            email (bool | Unset): `true` for an email message, `false` for every other channel.
            from_name (None | str | Unset): For email, the sender's display name (the message's sender address is kept); for
                SMS, the alpha name. Null or absent: the message's own.
            external_request_id (str | Unset): A caller-side id, for tracking in the contact activity.
            campaign_id (int | Unset): A campaign id. Unconfirmed (see above).
            allow_unconfirmed (bool | Unset): Send to unconfirmed contacts too. Unconfirmed (see above).
    """

    recipients: list[SmartSendRecipient]
    email: bool | Unset = UNSET
    from_name: None | str | Unset = UNSET
    external_request_id: str | Unset = UNSET
    campaign_id: int | Unset = UNSET
    allow_unconfirmed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        email = self.email

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        external_request_id = self.external_request_id

        campaign_id = self.campaign_id

        allow_unconfirmed = self.allow_unconfirmed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if from_name is not UNSET:
            field_dict["fromName"] = from_name
        if external_request_id is not UNSET:
            field_dict["externalRequestId"] = external_request_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if allow_unconfirmed is not UNSET:
            field_dict["allowUnconfirmed"] = allow_unconfirmed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_send_recipient import SmartSendRecipient  # noqa: PLC0415

        d = dict(src_dict)
        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = SmartSendRecipient.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        email = d.pop("email", UNSET)

        def _parse_from_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_name = _parse_from_name(d.pop("fromName", UNSET))

        external_request_id = d.pop("externalRequestId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        allow_unconfirmed = d.pop("allowUnconfirmed", UNSET)

        smart_send_request = cls(
            recipients=recipients,
            email=email,
            from_name=from_name,
            external_request_id=external_request_id,
            campaign_id=campaign_id,
            allow_unconfirmed=allow_unconfirmed,
        )

        smart_send_request.additional_properties = d
        return smart_send_request

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
