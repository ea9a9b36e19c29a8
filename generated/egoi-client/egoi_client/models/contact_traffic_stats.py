from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_advertising import ContactAdvertising
    from ..models.contact_referrer import ContactReferrer
    from ..models.contact_utm import ContactUtm


T = TypeVar("T", bound="ContactTrafficStats")


@_attrs_define
class ContactTrafficStats:
    """Where the contact came from.

    Attributes:
        utm (ContactUtm | Unset): The contact's Urchin Tracking Module (utm) fields.
        referrer (ContactReferrer | Unset): The contact's referrer fields.
        advertising (ContactAdvertising | Unset): The contact's advertising click ids.
    """

    utm: ContactUtm | Unset = UNSET
    referrer: ContactReferrer | Unset = UNSET
    advertising: ContactAdvertising | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        utm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.utm, Unset):
            utm = self.utm.to_dict()

        referrer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referrer, Unset):
            referrer = self.referrer.to_dict()

        advertising: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advertising, Unset):
            advertising = self.advertising.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if utm is not UNSET:
            field_dict["utm"] = utm
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if advertising is not UNSET:
            field_dict["advertising"] = advertising

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_advertising import ContactAdvertising  # noqa: PLC0415
        from ..models.contact_referrer import ContactReferrer  # noqa: PLC0415
        from ..models.contact_utm import ContactUtm  # noqa: PLC0415

        d = dict(src_dict)
        _utm = d.pop("utm", UNSET)
        utm: ContactUtm | Unset
        if isinstance(_utm, Unset):
            utm = UNSET
        else:
            utm = ContactUtm.from_dict(_utm)

        _referrer = d.pop("referrer", UNSET)
        referrer: ContactReferrer | Unset
        if isinstance(_referrer, Unset):
            referrer = UNSET
        else:
            referrer = ContactReferrer.from_dict(_referrer)

        _advertising = d.pop("advertising", UNSET)
        advertising: ContactAdvertising | Unset
        if isinstance(_advertising, Unset):
            advertising = UNSET
        else:
            advertising = ContactAdvertising.from_dict(_advertising)

        contact_traffic_stats = cls(
            utm=utm,
            referrer=referrer,
            advertising=advertising,
        )

        contact_traffic_stats.additional_properties = d
        return contact_traffic_stats

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
