from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_base_full import ContactBaseFull
    from ..models.contact_extra_field_cellphone import ContactExtraFieldCellphone
    from ..models.contact_extra_field_date import ContactExtraFieldDate
    from ..models.contact_extra_field_email import ContactExtraFieldEmail
    from ..models.contact_extra_field_number import ContactExtraFieldNumber
    from ..models.contact_extra_field_options import ContactExtraFieldOptions
    from ..models.contact_extra_field_phone import ContactExtraFieldPhone
    from ..models.contact_extra_field_text import ContactExtraFieldText


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact of a list.

    Attributes:
        base (ContactBaseFull | Unset): A contact's base fields as E-goi returns them: the written base fields plus the
            contact id and subscription history. The samples show `0000-00-00 00:00:00` for dates not set. Unconfirmed: the
            subscription and unsubscription methods and reasons have no documented enum; any string is accepted.
        extra (list[ContactExtraFieldCellphone | ContactExtraFieldDate | ContactExtraFieldEmail |
            ContactExtraFieldNumber | ContactExtraFieldOptions | ContactExtraFieldPhone | ContactExtraFieldText] | Unset):
            The contact's extra fields.
        tags (list[int] | Unset): IDs of the contact's tags.
    """

    base: ContactBaseFull | Unset = UNSET
    extra: (
        list[
            ContactExtraFieldCellphone
            | ContactExtraFieldDate
            | ContactExtraFieldEmail
            | ContactExtraFieldNumber
            | ContactExtraFieldOptions
            | ContactExtraFieldPhone
            | ContactExtraFieldText
        ]
        | Unset
    ) = UNSET
    tags: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_extra_field_cellphone import ContactExtraFieldCellphone  # noqa: PLC0415
        from ..models.contact_extra_field_date import ContactExtraFieldDate  # noqa: PLC0415
        from ..models.contact_extra_field_email import ContactExtraFieldEmail  # noqa: PLC0415
        from ..models.contact_extra_field_number import ContactExtraFieldNumber  # noqa: PLC0415
        from ..models.contact_extra_field_phone import ContactExtraFieldPhone  # noqa: PLC0415
        from ..models.contact_extra_field_text import ContactExtraFieldText  # noqa: PLC0415

        base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base, Unset):
            base = self.base.to_dict()

        extra: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = []
            for extra_item_data in self.extra:
                extra_item: dict[str, Any]
                if isinstance(extra_item_data, ContactExtraFieldDate):
                    extra_item = extra_item_data.to_dict()
                elif isinstance(extra_item_data, ContactExtraFieldText):
                    extra_item = extra_item_data.to_dict()
                elif isinstance(extra_item_data, ContactExtraFieldCellphone):
                    extra_item = extra_item_data.to_dict()
                elif isinstance(extra_item_data, ContactExtraFieldPhone):
                    extra_item = extra_item_data.to_dict()
                elif isinstance(extra_item_data, ContactExtraFieldNumber):
                    extra_item = extra_item_data.to_dict()
                elif isinstance(extra_item_data, ContactExtraFieldEmail):
                    extra_item = extra_item_data.to_dict()
                else:
                    extra_item = extra_item_data.to_dict()

                extra.append(extra_item)

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if extra is not UNSET:
            field_dict["extra"] = extra
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_base_full import ContactBaseFull  # noqa: PLC0415
        from ..models.contact_extra_field_cellphone import ContactExtraFieldCellphone  # noqa: PLC0415
        from ..models.contact_extra_field_date import ContactExtraFieldDate  # noqa: PLC0415
        from ..models.contact_extra_field_email import ContactExtraFieldEmail  # noqa: PLC0415
        from ..models.contact_extra_field_number import ContactExtraFieldNumber  # noqa: PLC0415
        from ..models.contact_extra_field_options import ContactExtraFieldOptions  # noqa: PLC0415
        from ..models.contact_extra_field_phone import ContactExtraFieldPhone  # noqa: PLC0415
        from ..models.contact_extra_field_text import ContactExtraFieldText  # noqa: PLC0415

        d = dict(src_dict)
        _base = d.pop("base", UNSET)
        base: ContactBaseFull | Unset
        if isinstance(_base, Unset):
            base = UNSET
        else:
            base = ContactBaseFull.from_dict(_base)

        _extra = d.pop("extra", UNSET)
        extra: (
            list[
                ContactExtraFieldCellphone
                | ContactExtraFieldDate
                | ContactExtraFieldEmail
                | ContactExtraFieldNumber
                | ContactExtraFieldOptions
                | ContactExtraFieldPhone
                | ContactExtraFieldText
            ]
            | Unset
        ) = UNSET
        if _extra is not UNSET:
            extra = []
            for extra_item_data in _extra:

                def _parse_extra_item(
                    data: object,
                ) -> (
                    ContactExtraFieldCellphone
                    | ContactExtraFieldDate
                    | ContactExtraFieldEmail
                    | ContactExtraFieldNumber
                    | ContactExtraFieldOptions
                    | ContactExtraFieldPhone
                    | ContactExtraFieldText
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_contact_extra_field_type_0 = ContactExtraFieldDate.from_dict(data)

                        return componentsschemas_contact_extra_field_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_contact_extra_field_type_1 = ContactExtraFieldText.from_dict(data)

                        return componentsschemas_contact_extra_field_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_contact_extra_field_type_2 = ContactExtraFieldCellphone.from_dict(data)

                        return componentsschemas_contact_extra_field_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_contact_extra_field_type_3 = ContactExtraFieldPhone.from_dict(data)

                        return componentsschemas_contact_extra_field_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_contact_extra_field_type_4 = ContactExtraFieldNumber.from_dict(data)

                        return componentsschemas_contact_extra_field_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_contact_extra_field_type_5 = ContactExtraFieldEmail.from_dict(data)

                        return componentsschemas_contact_extra_field_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_contact_extra_field_type_6 = ContactExtraFieldOptions.from_dict(data)

                    return componentsschemas_contact_extra_field_type_6

                extra_item = _parse_extra_item(extra_item_data)

                extra.append(extra_item)

        tags = cast(list[int], d.pop("tags", UNSET))

        contact = cls(
            base=base,
            extra=extra,
            tags=tags,
        )

        contact.additional_properties = d
        return contact

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
