from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_message_result import SendMessageResult


T = TypeVar("T", bound="SendMessageResponse")


@_attrs_define
class SendMessageResponse:
    """The results of a send, one per recipient; with one recipient `results` may be a single
    object. `id` is always 0.

        Attributes:
            results (list[SendMessageResult] | SendMessageResult):
            id (int | str | Unset): An integer, sent either as a JSON number or as a string of digits.
    """

    results: list[SendMessageResult] | SendMessageResult
    id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.send_message_result import SendMessageResult  # noqa: PLC0415

        results: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.results, SendMessageResult):
            results = self.results.to_dict()
        else:
            results = []
            for componentsschemas_send_message_result_list_item_data in self.results:
                componentsschemas_send_message_result_list_item = (
                    componentsschemas_send_message_result_list_item_data.to_dict()
                )
                results.append(componentsschemas_send_message_result_list_item)

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_message_result import SendMessageResult  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_results(data: object) -> list[SendMessageResult] | SendMessageResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                results_type_0 = SendMessageResult.from_dict(data)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            results_type_1 = []
            _results_type_1 = data
            for componentsschemas_send_message_result_list_item_data in _results_type_1:
                componentsschemas_send_message_result_list_item = SendMessageResult.from_dict(
                    componentsschemas_send_message_result_list_item_data
                )

                results_type_1.append(componentsschemas_send_message_result_list_item)

            return results_type_1

        results = _parse_results(d.pop("results"))

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        send_message_response = cls(
            results=results,
            id=id,
        )

        send_message_response.additional_properties = d
        return send_message_response

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
