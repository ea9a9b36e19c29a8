from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_engage_goal_config import TrackEngageGoalConfig


T = TypeVar("T", bound="TrackEngageGoal")


@_attrs_define
class TrackEngageGoal:
    """A Track&Engage goal (a conversion tracked on a domain).

    Attributes:
        domain (str | Unset): The domain the goal belongs to.
        name (str | Unset): Name of the goal.
        id (int | Unset): A numeric E-goi id (`ID`).
        config (TrackEngageGoalConfig | Unset): How a Track&Engage goal converts.
    """

    domain: str | Unset = UNSET
    name: str | Unset = UNSET
    id: int | Unset = UNSET
    config: TrackEngageGoalConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        name = self.name

        id = self.id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_engage_goal_config import TrackEngageGoalConfig  # noqa: PLC0415

        d = dict(src_dict)
        domain = d.pop("domain", UNSET)

        name = d.pop("name", UNSET)

        id = d.pop("id", UNSET)

        _config = d.pop("config", UNSET)
        config: TrackEngageGoalConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = TrackEngageGoalConfig.from_dict(_config)

        track_engage_goal = cls(
            domain=domain,
            name=name,
            id=id,
            config=config,
        )

        track_engage_goal.additional_properties = d
        return track_engage_goal

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
