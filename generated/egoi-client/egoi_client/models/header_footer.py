from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.header_footer_links import HeaderFooterLinks


T = TypeVar("T", bound="HeaderFooter")


@_attrs_define
class HeaderFooter:
    """Campaign header and footer. Unconfirmed: the link defaults (`false`) are read from the reference's samples, which
    show every link `false`.

        Attributes:
            id (int | Unset): A numeric E-goi id (`ID`).
            header_links (HeaderFooterLinks | Unset): Which links the header or footer shows. Unconfirmed: the reference's
                samples show every flag false but it states no default; a flag left out is not sent.
            footer_links (HeaderFooterLinks | Unset): Which links the header or footer shows. Unconfirmed: the reference's
                samples show every flag false but it states no default; a flag left out is not sent.
    """

    id: int | Unset = UNSET
    header_links: HeaderFooterLinks | Unset = UNSET
    footer_links: HeaderFooterLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        header_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.header_links, Unset):
            header_links = self.header_links.to_dict()

        footer_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.footer_links, Unset):
            footer_links = self.footer_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if header_links is not UNSET:
            field_dict["header_links"] = header_links
        if footer_links is not UNSET:
            field_dict["footer_links"] = footer_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.header_footer_links import HeaderFooterLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _header_links = d.pop("header_links", UNSET)
        header_links: HeaderFooterLinks | Unset
        if isinstance(_header_links, Unset):
            header_links = UNSET
        else:
            header_links = HeaderFooterLinks.from_dict(_header_links)

        _footer_links = d.pop("footer_links", UNSET)
        footer_links: HeaderFooterLinks | Unset
        if isinstance(_footer_links, Unset):
            footer_links = UNSET
        else:
            footer_links = HeaderFooterLinks.from_dict(_footer_links)

        header_footer = cls(
            id=id,
            header_links=header_links,
            footer_links=footer_links,
        )

        header_footer.additional_properties = d
        return header_footer

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
