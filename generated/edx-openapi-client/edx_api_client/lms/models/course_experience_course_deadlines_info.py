from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_experience_dates_banner_info import (
        CourseExperienceDatesBannerInfo,
    )


T = TypeVar("T", bound="CourseExperienceCourseDeadlinesInfo")


@_attrs_define
class CourseExperienceCourseDeadlinesInfo:
    """A learner's deadline state in a course, as the mobile apps show it.

    Attributes:
        has_ended (bool): Whether the course has ended.
        dates_banner_info (CourseExperienceDatesBannerInfo): The data for the banner about missed deadlines and gated
            content.
    """

    has_ended: bool
    dates_banner_info: CourseExperienceDatesBannerInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_ended = self.has_ended

        dates_banner_info = self.dates_banner_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_ended": has_ended,
                "dates_banner_info": dates_banner_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_experience_dates_banner_info import (
            CourseExperienceDatesBannerInfo,
        )

        d = dict(src_dict)
        has_ended = d.pop("has_ended")
        if not (isinstance(has_ended, bool)):
            raise TypeError(
                f"has_ended: expected a boolean, got {type(has_ended).__name__}"
            )

        dates_banner_info = CourseExperienceDatesBannerInfo.from_dict(
            d.pop("dates_banner_info")
        )

        course_experience_course_deadlines_info = cls(
            has_ended=has_ended,
            dates_banner_info=dates_banner_info,
        )

        course_experience_course_deadlines_info.additional_properties = d
        return course_experience_course_deadlines_info

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
