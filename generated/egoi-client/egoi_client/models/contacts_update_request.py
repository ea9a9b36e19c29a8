from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_base import ContactBase
    from ..models.contact_extra_field_value import ContactExtraFieldValue


T = TypeVar("T", bound="ContactsUpdateRequest")


@_attrs_define
class ContactsUpdateRequest:
    """The same base and extra field values to set on several contacts.

    Attributes:
        type_ (Literal['contacts']): Updates the provided contacts (excluding removed contacts)
        contacts (list[str]): Array of contact IDs to update
        base (ContactBase | Unset): A contact's base fields as they are written (create, import and update); responses
            return them inside `ContactBaseFull`. Unconfirmed: the reference names this object without listing its
            properties; they are taken from its samples. `status`, `consent` and the channel statuses have no documented
            enum (the samples show `active` and `any`), so any string is accepted; whether create and import accept
            `consent` and the channel statuses (only the update samples send them) is not stated, and they are accepted.
        extra (list[ContactExtraFieldValue] | Unset): Array of the contact's extra fields
    """

    type_: Literal["contacts"]
    contacts: list[str]
    base: ContactBase | Unset = UNSET
    extra: list[ContactExtraFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        contacts = self.contacts

        base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base, Unset):
            base = self.base.to_dict()

        extra: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = []
            for extra_item_data in self.extra:
                extra_item = extra_item_data.to_dict()
                extra.append(extra_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "contacts": contacts,
            }
        )
        if base is not UNSET:
            field_dict["base"] = base
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_base import ContactBase  # noqa: PLC0415
        from ..models.contact_extra_field_value import ContactExtraFieldValue  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["contacts"], d.pop("type"))
        if type_ != "contacts":
            raise ValueError(f"type must match const 'contacts', got '{type_}'")

        contacts = cast(list[str], d.pop("contacts"))

        _base = d.pop("base", UNSET)
        base: ContactBase | Unset
        if isinstance(_base, Unset):
            base = UNSET
        else:
            base = ContactBase.from_dict(_base)

        _extra = d.pop("extra", UNSET)
        extra: list[ContactExtraFieldValue] | Unset = UNSET
        if _extra is not UNSET:
            extra = []
            for extra_item_data in _extra:
                extra_item = ContactExtraFieldValue.from_dict(extra_item_data)

                extra.append(extra_item)

        contacts_update_request = cls(
            type_=type_,
            contacts=contacts,
            base=base,
            extra=extra,
        )

        contacts_update_request.additional_properties = d
        return contacts_update_request

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
