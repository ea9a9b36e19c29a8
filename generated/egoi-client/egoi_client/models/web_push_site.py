from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebPushSite")


@_attrs_define
class WebPushSite:
    """A web push site.

    Attributes:
        site_id (int): A numeric E-goi id (`ID`).
        site (str | Unset): Webpush site
        list_id (int | Unset): A numeric E-goi id (`ID`).
        app_code (str | Unset): Code of the site's web push app.
        name (str | Unset): Webpush name
    """

    site_id: int
    site: str | Unset = UNSET
    list_id: int | Unset = UNSET
    app_code: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        site_id = self.site_id

        site = self.site

        list_id = self.list_id

        app_code = self.app_code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "site_id": site_id,
            }
        )
        if site is not UNSET:
            field_dict["site"] = site
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if app_code is not UNSET:
            field_dict["app_code"] = app_code
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        site_id = d.pop("site_id")

        site = d.pop("site", UNSET)

        list_id = d.pop("list_id", UNSET)

        app_code = d.pop("app_code", UNSET)

        name = d.pop("name", UNSET)

        web_push_site = cls(
            site_id=site_id,
            site=site,
            list_id=list_id,
            app_code=app_code,
            name=name,
        )

        web_push_site.additional_properties = d
        return web_push_site

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
