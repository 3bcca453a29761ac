from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MobileCourseStatusUpdate")


@_attrs_define
class MobileCourseStatusUpdate:
    """The module to record as last visited.

    Attributes:
        last_visited_module_id (str | Unset): The usage key of the module the user visited; without it nothing changes.
        modification_date (datetime.datetime | Unset): When the visit happened, with a time zone; the update is skipped
            when the stored position is more recent.
    """

    last_visited_module_id: str | Unset = UNSET
    modification_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_visited_module_id = self.last_visited_module_id

        modification_date: str | Unset = UNSET
        if not isinstance(self.modification_date, Unset):
            modification_date = self.modification_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_visited_module_id is not UNSET:
            field_dict["last_visited_module_id"] = last_visited_module_id
        if modification_date is not UNSET:
            field_dict["modification_date"] = modification_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        last_visited_module_id = d.pop("last_visited_module_id", UNSET)

        _modification_date = d.pop("modification_date", UNSET)
        modification_date: datetime.datetime | Unset
        if isinstance(_modification_date, Unset):
            modification_date = UNSET
        else:
            modification_date = datetime.datetime.fromisoformat(_modification_date)

        mobile_course_status_update = cls(
            last_visited_module_id=last_visited_module_id,
            modification_date=modification_date,
        )

        mobile_course_status_update.additional_properties = d
        return mobile_course_status_update

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
