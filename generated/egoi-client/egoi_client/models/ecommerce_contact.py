from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_base_full import ContactBaseFull
    from ..models.contact_extra_field_value import ContactExtraFieldValue


T = TypeVar("T", bound="EcommerceContact")


@_attrs_define
class EcommerceContact:
    """The contact of a cart or order (`Contact`): its `base` fields and `extra` fields. Unconfirmed: the reference names
    this object `Contact` without listing its fields on these operations; the fields follow its request samples and the
    contact samples of the Contacts operations, none required and the values' formats unchecked.

        Attributes:
            base (ContactBaseFull | Unset): A contact's base fields as E-goi returns them: the written base fields plus the
                contact id and subscription history. The samples show `0000-00-00 00:00:00` for dates not set. Unconfirmed: the
                subscription and unsubscription methods and reasons have no documented enum; any string is accepted.
            extra (list[ContactExtraFieldValue] | Unset): The contact's extra fields.
    """

    base: ContactBaseFull | Unset = UNSET
    extra: list[ContactExtraFieldValue] | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_base_full import ContactBaseFull  # noqa: PLC0415
        from ..models.contact_extra_field_value import ContactExtraFieldValue  # noqa: PLC0415

        d = dict(src_dict)
        _base = d.pop("base", UNSET)
        base: ContactBaseFull | Unset
        if isinstance(_base, Unset):
            base = UNSET
        else:
            base = ContactBaseFull.from_dict(_base)

        _extra = d.pop("extra", UNSET)
        extra: list[ContactExtraFieldValue] | Unset = UNSET
        if _extra is not UNSET:
            extra = []
            for extra_item_data in _extra:
                extra_item = ContactExtraFieldValue.from_dict(extra_item_data)

                extra.append(extra_item)

        ecommerce_contact = cls(
            base=base,
            extra=extra,
        )

        ecommerce_contact.additional_properties = d
        return ecommerce_contact

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
