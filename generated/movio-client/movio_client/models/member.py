from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_gender import MemberGender
from ..models.member_status import MemberStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_card import LoyaltyCard
    from ..models.member_preferences import MemberPreferences


T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """A full loyalty member record.

    Attributes:
        member_id (str): The exhibitor's id of the member.
        gender (MemberGender): The member's gender.
        status (MemberStatus): The status of the membership.
        email (str | Unset): A generic email address. Addresses are not validated when they are uploaded. Signals from
            the receiving side when sending sort invalid addresses into `soft_bounce` (temporarily
            unavailable; a soft bounce that repeats becomes a hard bounce) or `hard_bounce`
            (permanently unavailable: the address is marked invalid and no longer used; only Movio
            support can reverse it).
        phone_number (str | Unset): The member's phone number in international format. Unconfirmed: the exact format is
            not documented, so no pattern is enforced.
        first_name (str | Unset): The member's first name.
        last_name (str | Unset): The member's last name.
        date_of_birth (datetime.date | Unset): The member's date of birth. Unconfirmed: a date is assumed from the name.
        loyalty_cards (list[LoyaltyCard] | Unset): The member's loyalty cards.
        issued_at (datetime.datetime | Unset): When the membership was issued. Unconfirmed: a date-time is assumed from
            the name.
        preferences (MemberPreferences | Unset): The member's preferences.
    """

    member_id: str
    gender: MemberGender
    status: MemberStatus
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    loyalty_cards: list[LoyaltyCard] | Unset = UNSET
    issued_at: datetime.datetime | Unset = UNSET
    preferences: MemberPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        gender = self.gender.value

        status = self.status.value

        email = self.email

        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        loyalty_cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loyalty_cards, Unset):
            loyalty_cards = []
            for loyalty_cards_item_data in self.loyalty_cards:
                loyalty_cards_item = loyalty_cards_item_data.to_dict()
                loyalty_cards.append(loyalty_cards_item)

        issued_at: str | Unset = UNSET
        if not isinstance(self.issued_at, Unset):
            issued_at = self.issued_at.isoformat()

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member_id": member_id,
                "gender": gender,
                "status": status,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if loyalty_cards is not UNSET:
            field_dict["loyalty_cards"] = loyalty_cards
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_card import LoyaltyCard  # noqa: PLC0415
        from ..models.member_preferences import MemberPreferences  # noqa: PLC0415

        d = dict(src_dict)
        member_id = d.pop("member_id")

        gender = MemberGender(d.pop("gender"))

        status = MemberStatus(d.pop("status"))

        email = d.pop("email", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        _date_of_birth = d.pop("date_of_birth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        _loyalty_cards = d.pop("loyalty_cards", UNSET)
        loyalty_cards: list[LoyaltyCard] | Unset = UNSET
        if _loyalty_cards is not UNSET:
            loyalty_cards = []
            for loyalty_cards_item_data in _loyalty_cards:
                loyalty_cards_item = LoyaltyCard.from_dict(loyalty_cards_item_data)

                loyalty_cards.append(loyalty_cards_item)

        _issued_at = d.pop("issued_at", UNSET)
        issued_at: datetime.datetime | Unset
        if isinstance(_issued_at, Unset):
            issued_at = UNSET
        else:
            issued_at = datetime.datetime.fromisoformat(_issued_at)

        _preferences = d.pop("preferences", UNSET)
        preferences: MemberPreferences | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = MemberPreferences.from_dict(_preferences)

        member = cls(
            member_id=member_id,
            gender=gender,
            status=status,
            email=email,
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            date_of_birth=date_of_birth,
            loyalty_cards=loyalty_cards,
            issued_at=issued_at,
            preferences=preferences,
        )

        member.additional_properties = d
        return member

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
