from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_advertising import ContactAdvertising
    from ..models.contact_base import ContactBase
    from ..models.contact_extra_field_value import ContactExtraFieldValue
    from ..models.contact_referrer import ContactReferrer
    from ..models.contact_utm import ContactUtm


T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput:
    """A contact to create (Create new contact) or to import (the reference's `ContactBulk`): base and extra fields plus
    traffic source fields. Unconfirmed: the import sample has no `advertising`; it is accepted there too.

        Attributes:
            base (ContactBase | Unset): A contact's base fields as they are written (create, import and update); responses
                return them inside `ContactBaseFull`. Unconfirmed: the reference names this object without listing its
                properties; they are taken from its samples. `status`, `consent` and the channel statuses have no documented
                enum (the samples show `active` and `any`), so any string is accepted; whether create and import accept
                `consent` and the channel statuses (only the update samples send them) is not stated, and they are accepted.
            extra (list[ContactExtraFieldValue] | Unset): Array of the contact's extra fields
            utm (ContactUtm | Unset): The contact's Urchin Tracking Module (utm) fields.
            referrer (ContactReferrer | Unset): The contact's referrer fields.
            advertising (ContactAdvertising | Unset): The contact's advertising click ids.
    """

    base: ContactBase | Unset = UNSET
    extra: list[ContactExtraFieldValue] | Unset = UNSET
    utm: ContactUtm | Unset = UNSET
    referrer: ContactReferrer | Unset = UNSET
    advertising: ContactAdvertising | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base, Unset):
            base = self.base.to_dict()

        extra: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = []
            for extra_item_data in self.extra:
                extra_item = extra_item_data.to_dict()
                extra.append(extra_item)

        utm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.utm, Unset):
            utm = self.utm.to_dict()

        referrer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referrer, Unset):
            referrer = self.referrer.to_dict()

        advertising: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advertising, Unset):
            advertising = self.advertising.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if extra is not UNSET:
            field_dict["extra"] = extra
        if utm is not UNSET:
            field_dict["utm"] = utm
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if advertising is not UNSET:
            field_dict["advertising"] = advertising

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_advertising import ContactAdvertising  # noqa: PLC0415
        from ..models.contact_base import ContactBase  # noqa: PLC0415
        from ..models.contact_extra_field_value import ContactExtraFieldValue  # noqa: PLC0415
        from ..models.contact_referrer import ContactReferrer  # noqa: PLC0415
        from ..models.contact_utm import ContactUtm  # noqa: PLC0415

        d = dict(src_dict)
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

        _utm = d.pop("utm", UNSET)
        utm: ContactUtm | Unset
        if isinstance(_utm, Unset):
            utm = UNSET
        else:
            utm = ContactUtm.from_dict(_utm)

        _referrer = d.pop("referrer", UNSET)
        referrer: ContactReferrer | Unset
        if isinstance(_referrer, Unset):
            referrer = UNSET
        else:
            referrer = ContactReferrer.from_dict(_referrer)

        _advertising = d.pop("advertising", UNSET)
        advertising: ContactAdvertising | Unset
        if isinstance(_advertising, Unset):
            advertising = UNSET
        else:
            advertising = ContactAdvertising.from_dict(_advertising)

        contact_input = cls(
            base=base,
            extra=extra,
            utm=utm,
            referrer=referrer,
            advertising=advertising,
        )

        contact_input.additional_properties = d
        return contact_input

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
