from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_base_full import ContactBaseFull
    from ..models.contact_email_stats import ContactEmailStats
    from ..models.contact_extra_field_cellphone import ContactExtraFieldCellphone
    from ..models.contact_extra_field_date import ContactExtraFieldDate
    from ..models.contact_extra_field_email import ContactExtraFieldEmail
    from ..models.contact_extra_field_number import ContactExtraFieldNumber
    from ..models.contact_extra_field_options import ContactExtraFieldOptions
    from ..models.contact_extra_field_phone import ContactExtraFieldPhone
    from ..models.contact_extra_field_text import ContactExtraFieldText
    from ..models.contact_push_stats import ContactPushStats
    from ..models.contact_sms_stats import ContactSmsStats
    from ..models.contact_traffic_stats import ContactTrafficStats
    from ..models.contact_voice_stats import ContactVoiceStats
    from ..models.contact_webpush_stats import ContactWebpushStats


T = TypeVar("T", bound="ContactDetails")


@_attrs_define
class ContactDetails:
    """A contact with its per-channel statistics and traffic sources (Get contact).

    Attributes:
        base (ContactBaseFull | Unset): A contact's base fields as E-goi returns them: the written base fields plus the
            contact id and subscription history. The samples show `0000-00-00 00:00:00` for dates not set. Unconfirmed: the
            subscription and unsubscription methods and reasons have no documented enum; any string is accepted.
        extra (list[ContactExtraFieldCellphone | ContactExtraFieldDate | ContactExtraFieldEmail |
            ContactExtraFieldNumber | ContactExtraFieldOptions | ContactExtraFieldPhone | ContactExtraFieldText] | Unset):
            The contact's extra fields.
        tags (list[int] | Unset): IDs of the contact's tags.
        email_stats (ContactEmailStats | Unset): The contact's email statistics.
        sms_stats (ContactSmsStats | Unset): The contact's SMS statistics.
        push_stats (ContactPushStats | Unset): The contact's mobile push statistics.
        webpush_stats (ContactWebpushStats | Unset): The contact's web push statistics.
        voice_stats (ContactVoiceStats | Unset): The contact's voice statistics.
        traffic_stats (ContactTrafficStats | Unset): Where the contact came from.
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
    email_stats: ContactEmailStats | Unset = UNSET
    sms_stats: ContactSmsStats | Unset = UNSET
    push_stats: ContactPushStats | Unset = UNSET
    webpush_stats: ContactWebpushStats | Unset = UNSET
    voice_stats: ContactVoiceStats | Unset = UNSET
    traffic_stats: ContactTrafficStats | Unset = UNSET
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

        email_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_stats, Unset):
            email_stats = self.email_stats.to_dict()

        sms_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms_stats, Unset):
            sms_stats = self.sms_stats.to_dict()

        push_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.push_stats, Unset):
            push_stats = self.push_stats.to_dict()

        webpush_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webpush_stats, Unset):
            webpush_stats = self.webpush_stats.to_dict()

        voice_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_stats, Unset):
            voice_stats = self.voice_stats.to_dict()

        traffic_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traffic_stats, Unset):
            traffic_stats = self.traffic_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if extra is not UNSET:
            field_dict["extra"] = extra
        if tags is not UNSET:
            field_dict["tags"] = tags
        if email_stats is not UNSET:
            field_dict["email_stats"] = email_stats
        if sms_stats is not UNSET:
            field_dict["sms_stats"] = sms_stats
        if push_stats is not UNSET:
            field_dict["push_stats"] = push_stats
        if webpush_stats is not UNSET:
            field_dict["webpush_stats"] = webpush_stats
        if voice_stats is not UNSET:
            field_dict["voice_stats"] = voice_stats
        if traffic_stats is not UNSET:
            field_dict["traffic_stats"] = traffic_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_base_full import ContactBaseFull  # noqa: PLC0415
        from ..models.contact_email_stats import ContactEmailStats  # noqa: PLC0415
        from ..models.contact_extra_field_cellphone import ContactExtraFieldCellphone  # noqa: PLC0415
        from ..models.contact_extra_field_date import ContactExtraFieldDate  # noqa: PLC0415
        from ..models.contact_extra_field_email import ContactExtraFieldEmail  # noqa: PLC0415
        from ..models.contact_extra_field_number import ContactExtraFieldNumber  # noqa: PLC0415
        from ..models.contact_extra_field_options import ContactExtraFieldOptions  # noqa: PLC0415
        from ..models.contact_extra_field_phone import ContactExtraFieldPhone  # noqa: PLC0415
        from ..models.contact_extra_field_text import ContactExtraFieldText  # noqa: PLC0415
        from ..models.contact_push_stats import ContactPushStats  # noqa: PLC0415
        from ..models.contact_sms_stats import ContactSmsStats  # noqa: PLC0415
        from ..models.contact_traffic_stats import ContactTrafficStats  # noqa: PLC0415
        from ..models.contact_voice_stats import ContactVoiceStats  # noqa: PLC0415
        from ..models.contact_webpush_stats import ContactWebpushStats  # noqa: PLC0415

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

        _email_stats = d.pop("email_stats", UNSET)
        email_stats: ContactEmailStats | Unset
        if isinstance(_email_stats, Unset):
            email_stats = UNSET
        else:
            email_stats = ContactEmailStats.from_dict(_email_stats)

        _sms_stats = d.pop("sms_stats", UNSET)
        sms_stats: ContactSmsStats | Unset
        if isinstance(_sms_stats, Unset):
            sms_stats = UNSET
        else:
            sms_stats = ContactSmsStats.from_dict(_sms_stats)

        _push_stats = d.pop("push_stats", UNSET)
        push_stats: ContactPushStats | Unset
        if isinstance(_push_stats, Unset):
            push_stats = UNSET
        else:
            push_stats = ContactPushStats.from_dict(_push_stats)

        _webpush_stats = d.pop("webpush_stats", UNSET)
        webpush_stats: ContactWebpushStats | Unset
        if isinstance(_webpush_stats, Unset):
            webpush_stats = UNSET
        else:
            webpush_stats = ContactWebpushStats.from_dict(_webpush_stats)

        _voice_stats = d.pop("voice_stats", UNSET)
        voice_stats: ContactVoiceStats | Unset
        if isinstance(_voice_stats, Unset):
            voice_stats = UNSET
        else:
            voice_stats = ContactVoiceStats.from_dict(_voice_stats)

        _traffic_stats = d.pop("traffic_stats", UNSET)
        traffic_stats: ContactTrafficStats | Unset
        if isinstance(_traffic_stats, Unset):
            traffic_stats = UNSET
        else:
            traffic_stats = ContactTrafficStats.from_dict(_traffic_stats)

        contact_details = cls(
            base=base,
            extra=extra,
            tags=tags,
            email_stats=email_stats,
            sms_stats=sms_stats,
            push_stats=push_stats,
            webpush_stats=webpush_stats,
            voice_stats=voice_stats,
            traffic_stats=traffic_stats,
        )

        contact_details.additional_properties = d
        return contact_details

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
