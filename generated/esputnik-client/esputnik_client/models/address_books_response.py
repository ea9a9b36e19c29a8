from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.address_book import AddressBook


T = TypeVar("T", bound="AddressBooksResponse")


@_attrs_define
class AddressBooksResponse:
    """The account's address book.

    Attributes:
        address_book (AddressBook): The address book; `fieldGroups` is a single object when there is one group.
    """

    address_book: AddressBook
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_book = self.address_book.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressBook": address_book,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_book import AddressBook  # noqa: PLC0415

        d = dict(src_dict)
        address_book = AddressBook.from_dict(d.pop("addressBook"))

        address_books_response = cls(
            address_book=address_book,
        )

        address_books_response.additional_properties = d
        return address_books_response

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
