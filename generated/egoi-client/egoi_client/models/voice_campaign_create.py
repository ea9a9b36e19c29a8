from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_content_audio import VoiceContentAudio
    from ..models.voice_content_template import VoiceContentTemplate


T = TypeVar("T", bound="VoiceCampaignCreate")


@_attrs_define
class VoiceCampaignCreate:
    """Parameters for the Voice Campaign

    Attributes:
        internal_name (str): Voice campaign internal name
        list_id (int): A numeric E-goi id (`ID`).
        content (VoiceContentAudio | VoiceContentTemplate): Content of a voice campaign (the reference's `Content`),
            chosen by `type`. Unconfirmed: the reference shows only `template_id`; the `audio` variant is read from the
            update's sample (`{"audio": "string"}`) and its `type` value `audio` is unconfirmed; only `type` is required in
            each.
        sender_id (int): A numeric E-goi id (`ID`).
        group_id (int | Unset): A numeric E-goi id (`ID`).
    """

    internal_name: str
    list_id: int
    content: VoiceContentAudio | VoiceContentTemplate
    sender_id: int
    group_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.voice_content_template import VoiceContentTemplate  # noqa: PLC0415

        internal_name = self.internal_name

        list_id = self.list_id

        content: dict[str, Any]
        if isinstance(self.content, VoiceContentTemplate):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        sender_id = self.sender_id

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "internal_name": internal_name,
                "list_id": list_id,
                "content": content,
                "sender_id": sender_id,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_content_audio import VoiceContentAudio  # noqa: PLC0415
        from ..models.voice_content_template import VoiceContentTemplate  # noqa: PLC0415

        d = dict(src_dict)
        internal_name = d.pop("internal_name")

        list_id = d.pop("list_id")

        def _parse_content(data: object) -> VoiceContentAudio | VoiceContentTemplate:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_voice_content_type_0 = VoiceContentTemplate.from_dict(data)

                return componentsschemas_voice_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_voice_content_type_1 = VoiceContentAudio.from_dict(data)

            return componentsschemas_voice_content_type_1

        content = _parse_content(d.pop("content"))

        sender_id = d.pop("sender_id")

        group_id = d.pop("group_id", UNSET)

        voice_campaign_create = cls(
            internal_name=internal_name,
            list_id=list_id,
            content=content,
            sender_id=sender_id,
            group_id=group_id,
        )

        voice_campaign_create.additional_properties = d
        return voice_campaign_create

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
