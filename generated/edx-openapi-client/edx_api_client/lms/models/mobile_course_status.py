from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MobileCourseStatus")


@_attrs_define
class MobileCourseStatus:
    """The module a user last visited in a course.

    Attributes:
        last_visited_module_id (str): The usage key of the last visited module (the deepest block of the path).
        last_visited_module_path (list[str]): The usage keys from the last visited module up to the course block.
        last_visited_block_id (str | Unset): v1 GET only: the usage key of the last block the user completed, or an
            empty string when completion data is unavailable.
    """

    last_visited_module_id: str
    last_visited_module_path: list[str]
    last_visited_block_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_visited_module_id = self.last_visited_module_id

        last_visited_module_path = self.last_visited_module_path

        last_visited_block_id = self.last_visited_block_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "last_visited_module_id": last_visited_module_id,
                "last_visited_module_path": last_visited_module_path,
            }
        )
        if last_visited_block_id is not UNSET:
            field_dict["last_visited_block_id"] = last_visited_block_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        last_visited_module_id = d.pop("last_visited_module_id")

        last_visited_module_path = cast(list[str], d.pop("last_visited_module_path"))

        last_visited_block_id = d.pop("last_visited_block_id", UNSET)

        mobile_course_status = cls(
            last_visited_module_id=last_visited_module_id,
            last_visited_module_path=last_visited_module_path,
            last_visited_block_id=last_visited_block_id,
        )

        mobile_course_status.additional_properties = d
        return mobile_course_status

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
