from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_group import FieldGroup


T = TypeVar("T", bound="AddressBook")


@_attrs_define
class AddressBook:
    """The address book; `fieldGroups` is a single object when there is one group.

    Attributes:
        address_book_id (int | str | Unset): An integer, sent either as a JSON number or as a string of digits.
        name (str | Unset): The address book's name.
        field_groups (FieldGroup | list[FieldGroup] | Unset):
    """

    address_book_id: int | str | Unset = UNSET
    name: str | Unset = UNSET
    field_groups: FieldGroup | list[FieldGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_group import FieldGroup  # noqa: PLC0415

        address_book_id: int | str | Unset
        if isinstance(self.address_book_id, Unset):
            address_book_id = UNSET
        else:
            address_book_id = self.address_book_id

        name = self.name

        field_groups: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.field_groups, Unset):
            field_groups = UNSET
        elif isinstance(self.field_groups, FieldGroup):
            field_groups = self.field_groups.to_dict()
        else:
            field_groups = []
            for componentsschemas_field_group_list_item_data in self.field_groups:
                componentsschemas_field_group_list_item = componentsschemas_field_group_list_item_data.to_dict()
                field_groups.append(componentsschemas_field_group_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_book_id is not UNSET:
            field_dict["addressBookId"] = address_book_id
        if name is not UNSET:
            field_dict["name"] = name
        if field_groups is not UNSET:
            field_dict["fieldGroups"] = field_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_group import FieldGroup  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_address_book_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        address_book_id = _parse_address_book_id(d.pop("addressBookId", UNSET))

        name = d.pop("name", UNSET)

        def _parse_field_groups(data: object) -> FieldGroup | list[FieldGroup] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_groups_type_0 = FieldGroup.from_dict(data)

                return field_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            field_groups_type_1 = []
            _field_groups_type_1 = data
            for componentsschemas_field_group_list_item_data in _field_groups_type_1:
                componentsschemas_field_group_list_item = FieldGroup.from_dict(
                    componentsschemas_field_group_list_item_data
                )

                field_groups_type_1.append(componentsschemas_field_group_list_item)

            return field_groups_type_1

        field_groups = _parse_field_groups(d.pop("fieldGroups", UNSET))

        address_book = cls(
            address_book_id=address_book_id,
            name=name,
            field_groups=field_groups,
        )

        address_book.additional_properties = d
        return address_book

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
