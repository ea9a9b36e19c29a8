from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_channel import CampaignChannel
from ..models.campaign_status import CampaignStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_schedule_date import CampaignScheduleDate


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A campaign of any channel, as listed by `GET /campaigns`. Unconfirmed: the reference marks no field required; only
    `campaign_hash` is required here, and `start_date`, `end_date` may be null for campaigns not sent yet (null is
    accepted).

        Attributes:
            campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*` unanchored; it is
                anchored here, as the characters of a hash.
            id (int | Unset): A numeric E-goi id (`ID`).
            status (CampaignStatus | Unset): Status of a campaign.
            thumbnail (str | Unset): URL of the campaign's thumbnail (protocol-relative in the reference's sample).
            channel (CampaignChannel | Unset): Channel of a campaign.
            internal_name (str | Unset):
            list_id (int | Unset): A numeric E-goi id (`ID`).
            title (str | Unset): Title of the campaign (the subject, for email).
            created_by (int | Unset): ID of the user who created the campaign.
            group_id (int | Unset): ID of the group where the campaign belongs.
            created (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
            updated (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
            start_date (None | str | Unset):
            end_date (None | str | Unset):
            schedule_date (CampaignScheduleDate | Unset): Whether the campaign is scheduled, and when.
    """

    campaign_hash: str
    id: int | Unset = UNSET
    status: CampaignStatus | Unset = UNSET
    thumbnail: str | Unset = UNSET
    channel: CampaignChannel | Unset = UNSET
    internal_name: str | Unset = UNSET
    list_id: int | Unset = UNSET
    title: str | Unset = UNSET
    created_by: int | Unset = UNSET
    group_id: int | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    schedule_date: CampaignScheduleDate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_hash = self.campaign_hash

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        thumbnail = self.thumbnail

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        internal_name = self.internal_name

        list_id = self.list_id

        title = self.title

        created_by = self.created_by

        group_id = self.group_id

        created = self.created

        updated = self.updated

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        schedule_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_date, Unset):
            schedule_date = self.schedule_date.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_hash": campaign_hash,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if channel is not UNSET:
            field_dict["channel"] = channel
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if title is not UNSET:
            field_dict["title"] = title
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if schedule_date is not UNSET:
            field_dict["schedule_date"] = schedule_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_schedule_date import CampaignScheduleDate  # noqa: PLC0415

        d = dict(src_dict)
        campaign_hash = d.pop("campaign_hash")

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: CampaignStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CampaignStatus(_status)

        thumbnail = d.pop("thumbnail", UNSET)

        _channel = d.pop("channel", UNSET)
        channel: CampaignChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = CampaignChannel(_channel)

        internal_name = d.pop("internal_name", UNSET)

        list_id = d.pop("list_id", UNSET)

        title = d.pop("title", UNSET)

        created_by = d.pop("created_by", UNSET)

        group_id = d.pop("group_id", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        _schedule_date = d.pop("schedule_date", UNSET)
        schedule_date: CampaignScheduleDate | Unset
        if isinstance(_schedule_date, Unset):
            schedule_date = UNSET
        else:
            schedule_date = CampaignScheduleDate.from_dict(_schedule_date)

        campaign = cls(
            campaign_hash=campaign_hash,
            id=id,
            status=status,
            thumbnail=thumbnail,
            channel=channel,
            internal_name=internal_name,
            list_id=list_id,
            title=title,
            created_by=created_by,
            group_id=group_id,
            created=created,
            updated=updated,
            start_date=start_date,
            end_date=end_date,
            schedule_date=schedule_date,
        )

        campaign.additional_properties = d
        return campaign

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
