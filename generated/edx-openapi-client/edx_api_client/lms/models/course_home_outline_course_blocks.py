from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_home_outline_block import CourseHomeOutlineBlock


T = TypeVar("T", bound="CourseHomeOutlineCourseBlocks")


@_attrs_define
class CourseHomeOutlineCourseBlocks:
    """The course's block tree as the outline shows it.

    Attributes:
        blocks (list[CourseHomeOutlineBlock] | Unset): The serialized course blocks.
    """

    blocks: list[CourseHomeOutlineBlock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()
                blocks.append(blocks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocks is not UNSET:
            field_dict["blocks"] = blocks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_home_outline_block import CourseHomeOutlineBlock

        d = dict(src_dict)
        _blocks = d.pop("blocks", UNSET)
        blocks: list[CourseHomeOutlineBlock] | Unset = UNSET
        if _blocks is not UNSET:
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = CourseHomeOutlineBlock.from_dict(blocks_item_data)

                blocks.append(blocks_item)

        course_home_outline_course_blocks = cls(
            blocks=blocks,
        )

        course_home_outline_course_blocks.additional_properties = d
        return course_home_outline_course_blocks

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
