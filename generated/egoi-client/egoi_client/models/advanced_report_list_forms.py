from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReportListForms")


@_attrs_define
class AdvancedReportListForms:
    """Forms of one list to report on (the reference's `AdvancedReportForms`).

    Attributes:
        list_id (int | Unset): A numeric E-goi id (`ID`).
        forms (list[int] | Unset): IDs of the list's forms.
    """

    list_id: int | Unset = UNSET
    forms: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        forms: list[int] | Unset = UNSET
        if not isinstance(self.forms, Unset):
            forms = self.forms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if forms is not UNSET:
            field_dict["forms"] = forms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id", UNSET)

        forms = cast(list[int], d.pop("forms", UNSET))

        advanced_report_list_forms = cls(
            list_id=list_id,
            forms=forms,
        )

        advanced_report_list_forms.additional_properties = d
        return advanced_report_list_forms

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
