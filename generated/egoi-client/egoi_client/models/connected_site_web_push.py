from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectedSiteWebPush")


@_attrs_define
class ConnectedSiteWebPush:
    """A web push site used by a connected site.

    Attributes:
        internal_name (str | Unset): Internal name of the web push site.
        site_id (int | Unset): A numeric E-goi id (`ID`).
        app_code (str | Unset): App code of the web push site.
    """

    internal_name: str | Unset = UNSET
    site_id: int | Unset = UNSET
    app_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_name = self.internal_name

        site_id = self.site_id

        app_code = self.app_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if app_code is not UNSET:
            field_dict["app_code"] = app_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        internal_name = d.pop("internal_name", UNSET)

        site_id = d.pop("site_id", UNSET)

        app_code = d.pop("app_code", UNSET)

        connected_site_web_push = cls(
            internal_name=internal_name,
            site_id=site_id,
            app_code=app_code,
        )

        connected_site_web_push.additional_properties = d
        return connected_site_web_push

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
