from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_home_date_block import CourseHomeDateBlock
    from ..models.course_home_dates_banner_info import CourseHomeDatesBannerInfo


T = TypeVar("T", bound="CourseHomeDates")


@_attrs_define
class CourseHomeDates:
    """The content of a course's Dates tab.

    Attributes:
        course_date_blocks (list[CourseHomeDateBlock]): The dated events of the course (serialized date summaries).
        has_ended (bool): Whether the course has ended.
        learner_is_full_access (bool): Whether the user is verified in the course (has full access).
        user_timezone (None | str): The user's preferred time zone, or null when the user has not set one.
        dates_banner_info (CourseHomeDatesBannerInfo | Unset): The data for the banner about missed deadlines and gated
            content.
    """

    course_date_blocks: list[CourseHomeDateBlock]
    has_ended: bool
    learner_is_full_access: bool
    user_timezone: None | str
    dates_banner_info: CourseHomeDatesBannerInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_date_blocks = []
        for course_date_blocks_item_data in self.course_date_blocks:
            course_date_blocks_item = course_date_blocks_item_data.to_dict()
            course_date_blocks.append(course_date_blocks_item)

        has_ended = self.has_ended

        learner_is_full_access = self.learner_is_full_access

        user_timezone: None | str
        user_timezone = self.user_timezone

        dates_banner_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dates_banner_info, Unset):
            dates_banner_info = self.dates_banner_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_date_blocks": course_date_blocks,
                "has_ended": has_ended,
                "learner_is_full_access": learner_is_full_access,
                "user_timezone": user_timezone,
            }
        )
        if dates_banner_info is not UNSET:
            field_dict["dates_banner_info"] = dates_banner_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_home_date_block import CourseHomeDateBlock
        from ..models.course_home_dates_banner_info import CourseHomeDatesBannerInfo

        d = dict(src_dict)
        course_date_blocks = []
        _course_date_blocks = d.pop("course_date_blocks")
        for course_date_blocks_item_data in _course_date_blocks:
            course_date_blocks_item = CourseHomeDateBlock.from_dict(
                course_date_blocks_item_data
            )

            course_date_blocks.append(course_date_blocks_item)

        has_ended = d.pop("has_ended")
        if not (isinstance(has_ended, bool)):
            raise TypeError(
                f"has_ended: expected a boolean, got {type(has_ended).__name__}"
            )

        learner_is_full_access = d.pop("learner_is_full_access")
        if not (isinstance(learner_is_full_access, bool)):
            raise TypeError(
                f"learner_is_full_access: expected a boolean, got {type(learner_is_full_access).__name__}"
            )

        def _parse_user_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_timezone = _parse_user_timezone(d.pop("user_timezone"))

        _dates_banner_info = d.pop("dates_banner_info", UNSET)
        dates_banner_info: CourseHomeDatesBannerInfo | Unset
        if isinstance(_dates_banner_info, Unset):
            dates_banner_info = UNSET
        else:
            dates_banner_info = CourseHomeDatesBannerInfo.from_dict(_dates_banner_info)

        course_home_dates = cls(
            course_date_blocks=course_date_blocks,
            has_ended=has_ended,
            learner_is_full_access=learner_is_full_access,
            user_timezone=user_timezone,
            dates_banner_info=dates_banner_info,
        )

        course_home_dates.additional_properties = d
        return course_home_dates

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
