from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectedSiteEmbedForm")


@_attrs_define
class ConnectedSiteEmbedForm:
    """An embedded form of a connected site.

    Attributes:
        internal_name (str | Unset): Internal name of the form.
        form_id (int | Unset): A numeric E-goi id (`ID`).
        form_hash (str | Unset): Hash of the form.
    """

    internal_name: str | Unset = UNSET
    form_id: int | Unset = UNSET
    form_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_name = self.internal_name

        form_id = self.form_id

        form_hash = self.form_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if form_id is not UNSET:
            field_dict["form_id"] = form_id
        if form_hash is not UNSET:
            field_dict["form_hash"] = form_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        internal_name = d.pop("internal_name", UNSET)

        form_id = d.pop("form_id", UNSET)

        form_hash = d.pop("form_hash", UNSET)

        connected_site_embed_form = cls(
            internal_name=internal_name,
            form_id=form_id,
            form_hash=form_hash,
        )

        connected_site_embed_form.additional_properties = d
        return connected_site_embed_form

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
