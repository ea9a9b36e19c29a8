from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel import Channel
    from ..models.contact_address import ContactAddress
    from ..models.contact_field_value import ContactFieldValue
    from ..models.orders_info import OrdersInfo
    from ..models.segment import Segment


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact. Unconfirmed: a third-party schema caps names at 40 characters (not enforced
    here); the items of `groups` in requests are not documented (segments as read are
    accepted).

        Attributes:
            channels (list[Channel]): The contact's media channels.
            id (int | Unset): The contact's id in eSputnik, assigned by it: a contact sent with an id is not created
                under that id (a bulk update matches on it with `dedupeOn: id`).
            first_name (str | Unset): The first name.
            last_name (str | Unset): The last name.
            address (ContactAddress | Unset): The contact's postal address.
            fields (list[ContactFieldValue] | Unset): Values of additional fields.
            external_customer_id (str | Unset): The shop's id of the contact; matched before `dedupeOn`.
            contact_key (str | Unset): A key of the contact.
            language_code (str | Unset): The contact's language.
            time_zone (str | Unset): The contact's time zone.
            address_book_id (int | Unset): The address book the contact belongs to.
            orders_info (OrdersInfo | Unset): A summary of the contact's orders.
            groups (list[Segment] | Unset): The segments the contact is in.
    """

    channels: list[Channel]
    id: int | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    address: ContactAddress | Unset = UNSET
    fields: list[ContactFieldValue] | Unset = UNSET
    external_customer_id: str | Unset = UNSET
    contact_key: str | Unset = UNSET
    language_code: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    address_book_id: int | Unset = UNSET
    orders_info: OrdersInfo | Unset = UNSET
    groups: list[Segment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.to_dict()
            channels.append(channels_item)

        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        external_customer_id = self.external_customer_id

        contact_key = self.contact_key

        language_code = self.language_code

        time_zone = self.time_zone

        address_book_id = self.address_book_id

        orders_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orders_info, Unset):
            orders_info = self.orders_info.to_dict()

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if address is not UNSET:
            field_dict["address"] = address
        if fields is not UNSET:
            field_dict["fields"] = fields
        if external_customer_id is not UNSET:
            field_dict["externalCustomerId"] = external_customer_id
        if contact_key is not UNSET:
            field_dict["contactKey"] = contact_key
        if language_code is not UNSET:
            field_dict["languageCode"] = language_code
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if address_book_id is not UNSET:
            field_dict["addressBookId"] = address_book_id
        if orders_info is not UNSET:
            field_dict["ordersInfo"] = orders_info
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel import Channel  # noqa: PLC0415
        from ..models.contact_address import ContactAddress  # noqa: PLC0415
        from ..models.contact_field_value import ContactFieldValue  # noqa: PLC0415
        from ..models.orders_info import OrdersInfo  # noqa: PLC0415
        from ..models.segment import Segment  # noqa: PLC0415

        d = dict(src_dict)
        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = Channel.from_dict(channels_item_data)

            channels.append(channels_item)

        id = d.pop("id", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        _address = d.pop("address", UNSET)
        address: ContactAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ContactAddress.from_dict(_address)

        _fields = d.pop("fields", UNSET)
        fields: list[ContactFieldValue] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = ContactFieldValue.from_dict(fields_item_data)

                fields.append(fields_item)

        external_customer_id = d.pop("externalCustomerId", UNSET)

        contact_key = d.pop("contactKey", UNSET)

        language_code = d.pop("languageCode", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        address_book_id = d.pop("addressBookId", UNSET)

        _orders_info = d.pop("ordersInfo", UNSET)
        orders_info: OrdersInfo | Unset
        if isinstance(_orders_info, Unset):
            orders_info = UNSET
        else:
            orders_info = OrdersInfo.from_dict(_orders_info)

        _groups = d.pop("groups", UNSET)
        groups: list[Segment] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = Segment.from_dict(groups_item_data)

                groups.append(groups_item)

        contact = cls(
            channels=channels,
            id=id,
            first_name=first_name,
            last_name=last_name,
            address=address,
            fields=fields,
            external_customer_id=external_customer_id,
            contact_key=contact_key,
            language_code=language_code,
            time_zone=time_zone,
            address_book_id=address_book_id,
            orders_info=orders_info,
            groups=groups,
        )

        contact.additional_properties = d
        return contact

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
