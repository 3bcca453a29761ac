from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_home_date_block import CourseHomeDateBlock


T = TypeVar("T", bound="CourseHomeDatesWidget")


@_attrs_define
class CourseHomeDatesWidget:
    """The dates widget of the outline.

    Attributes:
        course_date_blocks (list[CourseHomeDateBlock]): The dated events of the course (serialized course dates).
        dates_tab_link (str): The URL of the Dates tab.
        user_timezone (str): The time zone of the user.
    """

    course_date_blocks: list[CourseHomeDateBlock]
    dates_tab_link: str
    user_timezone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_date_blocks = []
        for course_date_blocks_item_data in self.course_date_blocks:
            course_date_blocks_item = course_date_blocks_item_data.to_dict()
            course_date_blocks.append(course_date_blocks_item)

        dates_tab_link = self.dates_tab_link

        user_timezone = self.user_timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_date_blocks": course_date_blocks,
                "dates_tab_link": dates_tab_link,
                "user_timezone": user_timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_home_date_block import CourseHomeDateBlock

        d = dict(src_dict)
        course_date_blocks = []
        _course_date_blocks = d.pop("course_date_blocks")
        for course_date_blocks_item_data in _course_date_blocks:
            course_date_blocks_item = CourseHomeDateBlock.from_dict(
                course_date_blocks_item_data
            )

            course_date_blocks.append(course_date_blocks_item)

        dates_tab_link = d.pop("dates_tab_link")

        user_timezone = d.pop("user_timezone")

        course_home_dates_widget = cls(
            course_date_blocks=course_date_blocks,
            dates_tab_link=dates_tab_link,
            user_timezone=user_timezone,
        )

        course_home_dates_widget.additional_properties = d
        return course_home_dates_widget

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
