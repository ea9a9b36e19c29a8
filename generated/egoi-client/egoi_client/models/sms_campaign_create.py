from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_content_template import CampaignContentTemplate
    from ..models.campaign_content_text import CampaignContentText
    from ..models.sms_options import SmsOptions


T = TypeVar("T", bound="SmsCampaignCreate")


@_attrs_define
class SmsCampaignCreate:
    """Parameters for the Sms Campaign

    Attributes:
        list_id (int): A numeric E-goi id (`ID`).
        internal_name (str): SMS campaign internal name
        content (CampaignContentTemplate | CampaignContentText): Content of an SMS or push campaign (the reference's
            `Campaign Content`), chosen by `type`; SMS and push show the same shape. Unconfirmed: the reference shows only
            the `text` variant; `template` (a saved template) is written leniently (only `type` is required).
        sender_id (int | Unset): A numeric E-goi id (`ID`).
        options (SmsOptions | Unset): Campaign Options of SMS and smart SMS campaigns. Unconfirmed: the reference gives
            no enum or bounds; its samples show `encoding` `gsm` and `max_messages` 5.
    """

    list_id: int
    internal_name: str
    content: CampaignContentTemplate | CampaignContentText
    sender_id: int | Unset = UNSET
    options: SmsOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_content_text import CampaignContentText  # noqa: PLC0415

        list_id = self.list_id

        internal_name = self.internal_name

        content: dict[str, Any]
        if isinstance(self.content, CampaignContentText):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        sender_id = self.sender_id

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "internal_name": internal_name,
                "content": content,
            }
        )
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_content_template import CampaignContentTemplate  # noqa: PLC0415
        from ..models.campaign_content_text import CampaignContentText  # noqa: PLC0415
        from ..models.sms_options import SmsOptions  # noqa: PLC0415

        d = dict(src_dict)
        list_id = d.pop("list_id")

        internal_name = d.pop("internal_name")

        def _parse_content(data: object) -> CampaignContentTemplate | CampaignContentText:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_campaign_message_content_type_0 = CampaignContentText.from_dict(data)

                return componentsschemas_campaign_message_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_message_content_type_1 = CampaignContentTemplate.from_dict(data)

            return componentsschemas_campaign_message_content_type_1

        content = _parse_content(d.pop("content"))

        sender_id = d.pop("sender_id", UNSET)

        _options = d.pop("options", UNSET)
        options: SmsOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SmsOptions.from_dict(_options)

        sms_campaign_create = cls(
            list_id=list_id,
            internal_name=internal_name,
            content=content,
            sender_id=sender_id,
            options=options,
        )

        sms_campaign_create.additional_properties = d
        return sms_campaign_create

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
