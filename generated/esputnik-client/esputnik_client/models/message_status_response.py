from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_status import MessageStatus


T = TypeVar("T", bound="MessageStatusResponse")


@_attrs_define
class MessageStatusResponse:
    """The status of each message; with one id `results` may be a single object.

    Attributes:
        results (list[MessageStatus] | MessageStatus):
    """

    results: list[MessageStatus] | MessageStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_status import MessageStatus  # noqa: PLC0415

        results: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.results, MessageStatus):
            results = self.results.to_dict()
        else:
            results = []
            for componentsschemas_message_status_list_item_data in self.results:
                componentsschemas_message_status_list_item = componentsschemas_message_status_list_item_data.to_dict()
                results.append(componentsschemas_message_status_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_status import MessageStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_results(data: object) -> list[MessageStatus] | MessageStatus:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                results_type_0 = MessageStatus.from_dict(data)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            results_type_1 = []
            _results_type_1 = data
            for componentsschemas_message_status_list_item_data in _results_type_1:
                componentsschemas_message_status_list_item = MessageStatus.from_dict(
                    componentsschemas_message_status_list_item_data
                )

                results_type_1.append(componentsschemas_message_status_list_item)

            return results_type_1

        results = _parse_results(d.pop("results"))

        message_status_response = cls(
            results=results,
        )

        message_status_response.additional_properties = d
        return message_status_response

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
