from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connected_site_features import ConnectedSiteFeatures


T = TypeVar("T", bound="ConnectedSite")


@_attrs_define
class ConnectedSite:
    """A domain of Connected Sites. Get all Connected Sites returns only `domain` and `list_id`; creating or reading one
    site adds its tracking `code` and its `features`.

        Attributes:
            domain (str | Unset): Domain.
            list_id (int | Unset): A numeric E-goi id (`ID`).
            code (str | Unset): The HTML script snippet to install on the site.
            features (list[ConnectedSiteFeatures] | Unset): The site's features (the reference shows one object holding
                every feature).
    """

    domain: str | Unset = UNSET
    list_id: int | Unset = UNSET
    code: str | Unset = UNSET
    features: list[ConnectedSiteFeatures] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        list_id = self.list_id

        code = self.code

        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if code is not UNSET:
            field_dict["code"] = code
        if features is not UNSET:
            field_dict["features"] = features

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connected_site_features import ConnectedSiteFeatures  # noqa: PLC0415

        d = dict(src_dict)
        domain = d.pop("domain", UNSET)

        list_id = d.pop("list_id", UNSET)

        code = d.pop("code", UNSET)

        _features = d.pop("features", UNSET)
        features: list[ConnectedSiteFeatures] | Unset = UNSET
        if _features is not UNSET:
            features = []
            for features_item_data in _features:
                features_item = ConnectedSiteFeatures.from_dict(features_item_data)

                features.append(features_item)

        connected_site = cls(
            domain=domain,
            list_id=list_id,
            code=code,
            features=features,
        )

        connected_site.additional_properties = d
        return connected_site

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
