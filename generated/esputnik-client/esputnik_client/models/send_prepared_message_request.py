from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_prepared_message_param import SendPreparedMessageParam


T = TypeVar("T", bound="SendPreparedMessageRequest")


@_attrs_define
class SendPreparedMessageRequest:
    """The old send's recipients and options. Unconfirmed: known from clients only; the
    recipients are contacts (`contactId`), addresses (`recipients`) or a segment
    (`groupId`).

        Attributes:
            contact_id (int | Unset): A contact to send to.
            recipients (list[str] | Unset): Addresses (emails or phones) to send to.
            group_id (int | Unset): A segment to send to.
            email (bool | Unset): `true` for an email message, `false` for every other channel.
            params (list[SendPreparedMessageParam] | Unset): Data for the message.
            from_name (str | Unset): The sender's display name (email) or alpha name (SMS).
    """

    contact_id: int | Unset = UNSET
    recipients: list[str] | Unset = UNSET
    group_id: int | Unset = UNSET
    email: bool | Unset = UNSET
    params: list[SendPreparedMessageParam] | Unset = UNSET
    from_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        group_id = self.group_id

        email = self.email

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        from_name = self.from_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if email is not UNSET:
            field_dict["email"] = email
        if params is not UNSET:
            field_dict["params"] = params
        if from_name is not UNSET:
            field_dict["fromName"] = from_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_prepared_message_param import SendPreparedMessageParam  # noqa: PLC0415

        d = dict(src_dict)
        contact_id = d.pop("contactId", UNSET)

        recipients = cast(list[str], d.pop("recipients", UNSET))

        group_id = d.pop("groupId", UNSET)

        email = d.pop("email", UNSET)

        _params = d.pop("params", UNSET)
        params: list[SendPreparedMessageParam] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = SendPreparedMessageParam.from_dict(params_item_data)

                params.append(params_item)

        from_name = d.pop("fromName", UNSET)

        send_prepared_message_request = cls(
            contact_id=contact_id,
            recipients=recipients,
            group_id=group_id,
            email=email,
            params=params,
            from_name=from_name,
        )

        send_prepared_message_request.additional_properties = d
        return send_prepared_message_request

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
