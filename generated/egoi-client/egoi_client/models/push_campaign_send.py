from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_contacts import SendContacts
    from ..models.send_none import SendNone
    from ..models.send_segment import SendSegment


T = TypeVar("T", bound="PushCampaignSend")


@_attrs_define
class PushCampaignSend:
    """Parameters for the 'send push' action

    Attributes:
        app_id (str): A push app id (the reference's `Push App Id`, pattern `[a-zA-Z0-9_-]*` unanchored; anchored here,
            as the characters of an id).
        segments (SendContacts | SendNone | SendSegment): Who a campaign is sent to, chosen by `type`. The reference
            calls it `EmailSendSegment` ("Send segment schema for email") for email and `Campaign Segments` for SMS, smart
            SMS, voice, push and web push; it shows the same `{"type": "none"}` for every channel, so one model serves them
            all. Unconfirmed: the reference lists no variant but `none`; the `contacts` and `segment` variants are E-goi's
            other send targets, written leniently (only `type` is required in each).
        notify (list[int] | Unset): Array of IDs of the users to notify
    """

    app_id: str
    segments: SendContacts | SendNone | SendSegment
    notify: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.send_contacts import SendContacts  # noqa: PLC0415
        from ..models.send_none import SendNone  # noqa: PLC0415

        app_id = self.app_id

        segments: dict[str, Any]
        if isinstance(self.segments, SendNone):
            segments = self.segments.to_dict()
        elif isinstance(self.segments, SendContacts):
            segments = self.segments.to_dict()
        else:
            segments = self.segments.to_dict()

        notify: list[int] | Unset = UNSET
        if not isinstance(self.notify, Unset):
            notify = self.notify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "segments": segments,
            }
        )
        if notify is not UNSET:
            field_dict["notify"] = notify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_contacts import SendContacts  # noqa: PLC0415
        from ..models.send_none import SendNone  # noqa: PLC0415
        from ..models.send_segment import SendSegment  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

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

        notify = cast(list[int], d.pop("notify", UNSET))

        push_campaign_send = cls(
            app_id=app_id,
            segments=segments,
            notify=notify,
        )

        push_campaign_send.additional_properties = d
        return push_campaign_send

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
