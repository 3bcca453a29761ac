from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DiscussionCourseSettings")


@_attrs_define
class DiscussionCourseSettings:
    """The discussion division settings of a course.

    Attributes:
        id (int): The identifier of the course's discussion settings.
        divided_inline_discussions (list[str]): The ids of the in-context (unit) topics divided among groups.
        divided_course_wide_discussions (list[str]): The ids of the course-wide topics divided among groups.
        always_divide_inline_discussions (bool): Whether every in-context topic is divided.
        division_scheme (str): How the discussions are divided (by cohort, by enrollment track, or not at all).
        available_division_schemes (list[str]): The division schemes the course can use.
        reported_content_email_notifications (bool): Whether moderators are emailed when content is reported.
    """

    id: int
    divided_inline_discussions: list[str]
    divided_course_wide_discussions: list[str]
    always_divide_inline_discussions: bool
    division_scheme: str
    available_division_schemes: list[str]
    reported_content_email_notifications: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        divided_inline_discussions = self.divided_inline_discussions

        divided_course_wide_discussions = self.divided_course_wide_discussions

        always_divide_inline_discussions = self.always_divide_inline_discussions

        division_scheme = self.division_scheme

        available_division_schemes = self.available_division_schemes

        reported_content_email_notifications = self.reported_content_email_notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "divided_inline_discussions": divided_inline_discussions,
                "divided_course_wide_discussions": divided_course_wide_discussions,
                "always_divide_inline_discussions": always_divide_inline_discussions,
                "division_scheme": division_scheme,
                "available_division_schemes": available_division_schemes,
                "reported_content_email_notifications": reported_content_email_notifications,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        divided_inline_discussions = cast(
            list[str], d.pop("divided_inline_discussions")
        )

        divided_course_wide_discussions = cast(
            list[str], d.pop("divided_course_wide_discussions")
        )

        always_divide_inline_discussions = d.pop("always_divide_inline_discussions")
        if not (isinstance(always_divide_inline_discussions, bool)):
            raise TypeError(
                f"always_divide_inline_discussions: expected a boolean, got {type(always_divide_inline_discussions).__name__}"
            )

        division_scheme = d.pop("division_scheme")

        available_division_schemes = cast(
            list[str], d.pop("available_division_schemes")
        )

        reported_content_email_notifications = d.pop(
            "reported_content_email_notifications"
        )
        if not (isinstance(reported_content_email_notifications, bool)):
            raise TypeError(
                f"reported_content_email_notifications: expected a boolean, got {type(reported_content_email_notifications).__name__}"
            )

        discussion_course_settings = cls(
            id=id,
            divided_inline_discussions=divided_inline_discussions,
            divided_course_wide_discussions=divided_course_wide_discussions,
            always_divide_inline_discussions=always_divide_inline_discussions,
            division_scheme=division_scheme,
            available_division_schemes=available_division_schemes,
            reported_content_email_notifications=reported_content_email_notifications,
        )

        discussion_course_settings.additional_properties = d
        return discussion_course_settings

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
