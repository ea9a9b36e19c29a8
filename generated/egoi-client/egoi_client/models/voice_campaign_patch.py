from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_content_patch import VoiceContentPatch


T = TypeVar("T", bound="VoiceCampaignPatch")


@_attrs_define
class VoiceCampaignPatch:
    """Parameters for the Voice Campaign (the fields to change). The reference's table loses the content field's name; its
    sample names it `message` (the create calls it `content`). Unconfirmed: `message` is the name used here.

        Attributes:
            internal_name (str | Unset): Voice campaign internal name
            group_id (int | Unset): A numeric E-goi id (`ID`).
            message (VoiceContentPatch | Unset): The content of a voice update, without `type`: the reference's update
                sample sends `{"audio": "string"}`.
            sender_id (int | Unset): A numeric E-goi id (`ID`).
    """

    internal_name: str | Unset = UNSET
    group_id: int | Unset = UNSET
    message: VoiceContentPatch | Unset = UNSET
    sender_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_name = self.internal_name

        group_id = self.group_id

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        sender_id = self.sender_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if message is not UNSET:
            field_dict["message"] = message
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_content_patch import VoiceContentPatch  # noqa: PLC0415

        d = dict(src_dict)
        internal_name = d.pop("internal_name", UNSET)

        group_id = d.pop("group_id", UNSET)

        _message = d.pop("message", UNSET)
        message: VoiceContentPatch | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = VoiceContentPatch.from_dict(_message)

        sender_id = d.pop("sender_id", UNSET)

        voice_campaign_patch = cls(
            internal_name=internal_name,
            group_id=group_id,
            message=message,
            sender_id=sender_id,
        )

        voice_campaign_patch.additional_properties = d
        return voice_campaign_patch

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
