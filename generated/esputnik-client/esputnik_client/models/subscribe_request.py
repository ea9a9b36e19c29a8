from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dedupe_on import DedupeOn
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.contact_field_value import ContactFieldValue


T = TypeVar("T", bound="SubscribeRequest")


@_attrs_define
class SubscribeRequest:
    """A sign-up from a subscription form. Unconfirmed: `fields`, `dedupeOn` and
    `subscriptions` are sent by clients only.

        Attributes:
            contact (Contact): A contact. Unconfirmed: a third-party schema caps names at 40 characters (not enforced
                here); the items of `groups` in requests are not documented (segments as read are
                accepted).
            groups (list[str] | Unset): Names of segments to add the contact to; missing ones are created.
            form_type (str | Unset): Suffixes the fired events' names (`subscribeFromApi-<formType>`).
            fields (list[ContactFieldValue] | Unset): Values of additional fields. Unconfirmed (see above).
            dedupe_on (DedupeOn | Unset): How contacts are matched after `externalCustomerId`: by email, phone, either, id,
                the
                additional field `fieldId`, push token, web push token or external customer id.
            subscriptions (list[str] | Unset): Subscription keys. Unconfirmed (see above).
    """

    contact: Contact
    groups: list[str] | Unset = UNSET
    form_type: str | Unset = UNSET
    fields: list[ContactFieldValue] | Unset = UNSET
    dedupe_on: DedupeOn | Unset = UNSET
    subscriptions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact.to_dict()

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        form_type = self.form_type

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        dedupe_on: str | Unset = UNSET
        if not isinstance(self.dedupe_on, Unset):
            dedupe_on = self.dedupe_on.value

        subscriptions: list[str] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = self.subscriptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact": contact,
            }
        )
        if groups is not UNSET:
            field_dict["groups"] = groups
        if form_type is not UNSET:
            field_dict["formType"] = form_type
        if fields is not UNSET:
            field_dict["fields"] = fields
        if dedupe_on is not UNSET:
            field_dict["dedupeOn"] = dedupe_on
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.contact_field_value import ContactFieldValue  # noqa: PLC0415

        d = dict(src_dict)
        contact = Contact.from_dict(d.pop("contact"))

        groups = cast(list[str], d.pop("groups", UNSET))

        form_type = d.pop("formType", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[ContactFieldValue] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = ContactFieldValue.from_dict(fields_item_data)

                fields.append(fields_item)

        _dedupe_on = d.pop("dedupeOn", UNSET)
        dedupe_on: DedupeOn | Unset
        if isinstance(_dedupe_on, Unset):
            dedupe_on = UNSET
        else:
            dedupe_on = DedupeOn(_dedupe_on)

        subscriptions = cast(list[str], d.pop("subscriptions", UNSET))

        subscribe_request = cls(
            contact=contact,
            groups=groups,
            form_type=form_type,
            fields=fields,
            dedupe_on=dedupe_on,
            subscriptions=subscriptions,
        )

        subscribe_request.additional_properties = d
        return subscribe_request

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
