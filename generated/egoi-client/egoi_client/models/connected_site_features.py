from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connected_site_embed_form_feature import ConnectedSiteEmbedFormFeature
    from ..models.connected_site_form_feature import ConnectedSiteFormFeature
    from ..models.connected_site_web_push_feature import ConnectedSiteWebPushFeature
    from ..models.feature_toggle import FeatureToggle


T = TypeVar("T", bound="ConnectedSiteFeatures")


@_attrs_define
class ConnectedSiteFeatures:
    """The features of a connected site and the items each one uses.

    Attributes:
        track_and_engage (FeatureToggle | Unset): Whether a feature is enabled.
        on_site_message (ConnectedSiteFormFeature | Unset): A form-based feature of a connected site and its forms.
        popup_forms (ConnectedSiteFormFeature | Unset): A form-based feature of a connected site and its forms.
        whatsapp (ConnectedSiteFormFeature | Unset): A form-based feature of a connected site and its forms.
        web_push (ConnectedSiteWebPushFeature | Unset): The web push feature of a connected site and its web push sites.
        embed_forms (ConnectedSiteEmbedFormFeature | Unset): The embedded forms feature of a connected site and its
            forms.
    """

    track_and_engage: FeatureToggle | Unset = UNSET
    on_site_message: ConnectedSiteFormFeature | Unset = UNSET
    popup_forms: ConnectedSiteFormFeature | Unset = UNSET
    whatsapp: ConnectedSiteFormFeature | Unset = UNSET
    web_push: ConnectedSiteWebPushFeature | Unset = UNSET
    embed_forms: ConnectedSiteEmbedFormFeature | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        track_and_engage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.track_and_engage, Unset):
            track_and_engage = self.track_and_engage.to_dict()

        on_site_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_site_message, Unset):
            on_site_message = self.on_site_message.to_dict()

        popup_forms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.popup_forms, Unset):
            popup_forms = self.popup_forms.to_dict()

        whatsapp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whatsapp, Unset):
            whatsapp = self.whatsapp.to_dict()

        web_push: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_push, Unset):
            web_push = self.web_push.to_dict()

        embed_forms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.embed_forms, Unset):
            embed_forms = self.embed_forms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if track_and_engage is not UNSET:
            field_dict["track_and_engage"] = track_and_engage
        if on_site_message is not UNSET:
            field_dict["on_site_message"] = on_site_message
        if popup_forms is not UNSET:
            field_dict["popup_forms"] = popup_forms
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp
        if web_push is not UNSET:
            field_dict["web_push"] = web_push
        if embed_forms is not UNSET:
            field_dict["embed_forms"] = embed_forms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connected_site_embed_form_feature import ConnectedSiteEmbedFormFeature  # noqa: PLC0415
        from ..models.connected_site_form_feature import ConnectedSiteFormFeature  # noqa: PLC0415
        from ..models.connected_site_web_push_feature import ConnectedSiteWebPushFeature  # noqa: PLC0415
        from ..models.feature_toggle import FeatureToggle  # noqa: PLC0415

        d = dict(src_dict)
        _track_and_engage = d.pop("track_and_engage", UNSET)
        track_and_engage: FeatureToggle | Unset
        if isinstance(_track_and_engage, Unset):
            track_and_engage = UNSET
        else:
            track_and_engage = FeatureToggle.from_dict(_track_and_engage)

        _on_site_message = d.pop("on_site_message", UNSET)
        on_site_message: ConnectedSiteFormFeature | Unset
        if isinstance(_on_site_message, Unset):
            on_site_message = UNSET
        else:
            on_site_message = ConnectedSiteFormFeature.from_dict(_on_site_message)

        _popup_forms = d.pop("popup_forms", UNSET)
        popup_forms: ConnectedSiteFormFeature | Unset
        if isinstance(_popup_forms, Unset):
            popup_forms = UNSET
        else:
            popup_forms = ConnectedSiteFormFeature.from_dict(_popup_forms)

        _whatsapp = d.pop("whatsapp", UNSET)
        whatsapp: ConnectedSiteFormFeature | Unset
        if isinstance(_whatsapp, Unset):
            whatsapp = UNSET
        else:
            whatsapp = ConnectedSiteFormFeature.from_dict(_whatsapp)

        _web_push = d.pop("web_push", UNSET)
        web_push: ConnectedSiteWebPushFeature | Unset
        if isinstance(_web_push, Unset):
            web_push = UNSET
        else:
            web_push = ConnectedSiteWebPushFeature.from_dict(_web_push)

        _embed_forms = d.pop("embed_forms", UNSET)
        embed_forms: ConnectedSiteEmbedFormFeature | Unset
        if isinstance(_embed_forms, Unset):
            embed_forms = UNSET
        else:
            embed_forms = ConnectedSiteEmbedFormFeature.from_dict(_embed_forms)

        connected_site_features = cls(
            track_and_engage=track_and_engage,
            on_site_message=on_site_message,
            popup_forms=popup_forms,
            whatsapp=whatsapp,
            web_push=web_push,
            embed_forms=embed_forms,
        )

        connected_site_features.additional_properties = d
        return connected_site_features

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
