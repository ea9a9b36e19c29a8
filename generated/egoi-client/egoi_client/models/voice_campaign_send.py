from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_destination_field import VoiceDestinationField
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.limit_contacts import LimitContacts
    from ..models.limit_hour import LimitHour
    from ..models.send_contacts import SendContacts
    from ..models.send_none import SendNone
    from ..models.send_segment import SendSegment


T = TypeVar("T", bound="VoiceCampaignSend")


@_attrs_define
class VoiceCampaignSend:
    """Parameters for the 'send voice' action. Unconfirmed: `schedule_date` is not in the reference's field table, only in
    its sample; it is accepted.

        Attributes:
            list_id (int): A numeric E-goi id (`ID`).
            destination_field (VoiceDestinationField): Destination field of this campaign
            segments (SendContacts | SendNone | SendSegment): Who a campaign is sent to, chosen by `type`. The reference
                calls it `EmailSendSegment` ("Send segment schema for email") for email and `Campaign Segments` for SMS, smart
                SMS, voice, push and web push; it shows the same `{"type": "none"}` for every channel, so one model serves them
                all. Unconfirmed: the reference lists no variant but `none`; the `contacts` and `segment` variants are E-goi's
                other send targets, written leniently (only `type` is required in each).
            schedule_date (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
            unique_contacts_only (bool | Unset): True to send the campaign only to unique contacts Default: False.
            notify (list[int] | Unset): Array of IDs of the users to notify
            limit_contacts (LimitContacts | Unset): Object of contact limit (the reference's `Limit Contacts Object`): send
                to only part of the audience. Unconfirmed: the reference shows only `type` `percent` with `value` 10 and lists
                no other type, so `type` is any string and neither field is required.
            limit_hour (LimitHour | Unset): Hour limit to send the campaign: sending happens only between `hour_start` and
                `hour_end`. Unconfirmed: the reference marks neither field required.
            limit_speed (int | Unset): Speed limit to send the campaign
    """

    list_id: int
    destination_field: VoiceDestinationField
    segments: SendContacts | SendNone | SendSegment
    schedule_date: str | Unset = UNSET
    unique_contacts_only: bool | Unset = False
    notify: list[int] | Unset = UNSET
    limit_contacts: LimitContacts | Unset = UNSET
    limit_hour: LimitHour | Unset = UNSET
    limit_speed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.send_contacts import SendContacts  # noqa: PLC0415
        from ..models.send_none import SendNone  # noqa: PLC0415

        list_id = self.list_id

        destination_field = self.destination_field.value

        segments: dict[str, Any]
        if isinstance(self.segments, SendNone):
            segments = self.segments.to_dict()
        elif isinstance(self.segments, SendContacts):
            segments = self.segments.to_dict()
        else:
            segments = self.segments.to_dict()

        schedule_date = self.schedule_date

        unique_contacts_only = self.unique_contacts_only

        notify: list[int] | Unset = UNSET
        if not isinstance(self.notify, Unset):
            notify = self.notify

        limit_contacts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limit_contacts, Unset):
            limit_contacts = self.limit_contacts.to_dict()

        limit_hour: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limit_hour, Unset):
            limit_hour = self.limit_hour.to_dict()

        limit_speed = self.limit_speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "destination_field": destination_field,
                "segments": segments,
            }
        )
        if schedule_date is not UNSET:
            field_dict["schedule_date"] = schedule_date
        if unique_contacts_only is not UNSET:
            field_dict["unique_contacts_only"] = unique_contacts_only
        if notify is not UNSET:
            field_dict["notify"] = notify
        if limit_contacts is not UNSET:
            field_dict["limit_contacts"] = limit_contacts
        if limit_hour is not UNSET:
            field_dict["limit_hour"] = limit_hour
        if limit_speed is not UNSET:
            field_dict["limit_speed"] = limit_speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.limit_contacts import LimitContacts  # noqa: PLC0415
        from ..models.limit_hour import LimitHour  # noqa: PLC0415
        from ..models.send_contacts import SendContacts  # noqa: PLC0415
        from ..models.send_none import SendNone  # noqa: PLC0415
        from ..models.send_segment import SendSegment  # noqa: PLC0415

        d = dict(src_dict)
        list_id = d.pop("list_id")

        destination_field = VoiceDestinationField(d.pop("destination_field"))

        def _parse_segments(data: object) -> SendContacts | SendNone | SendSegment:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_campaign_segments_type_0 = SendNone.from_dict(data)

                return componentsschemas_campaign_segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_campaign_segments_type_1 = SendContacts.from_dict(data)

                return componentsschemas_campaign_segments_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_segments_type_2 = SendSegment.from_dict(data)

            return componentsschemas_campaign_segments_type_2

        segments = _parse_segments(d.pop("segments"))

        schedule_date = d.pop("schedule_date", UNSET)

        unique_contacts_only = d.pop("unique_contacts_only", UNSET)

        notify = cast(list[int], d.pop("notify", UNSET))

        _limit_contacts = d.pop("limit_contacts", UNSET)
        limit_contacts: LimitContacts | Unset
        if isinstance(_limit_contacts, Unset):
            limit_contacts = UNSET
        else:
            limit_contacts = LimitContacts.from_dict(_limit_contacts)

        _limit_hour = d.pop("limit_hour", UNSET)
        limit_hour: LimitHour | Unset
        if isinstance(_limit_hour, Unset):
            limit_hour = UNSET
        else:
            limit_hour = LimitHour.from_dict(_limit_hour)

        limit_speed = d.pop("limit_speed", UNSET)

        voice_campaign_send = cls(
            list_id=list_id,
            destination_field=destination_field,
            segments=segments,
            schedule_date=schedule_date,
            unique_contacts_only=unique_contacts_only,
            notify=notify,
            limit_contacts=limit_contacts,
            limit_hour=limit_hour,
            limit_speed=limit_speed,
        )

        voice_campaign_send.additional_properties = d
        return voice_campaign_send

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
