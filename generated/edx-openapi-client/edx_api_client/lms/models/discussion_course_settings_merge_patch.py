from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscussionCourseSettingsMergePatch")


@_attrs_define
class DiscussionCourseSettingsMergePatch:
    """The changes to a course's discussion settings, as a JSON merge patch; at least one setting must be sent.

    Attributes:
        divided_inline_discussions (list[str] | Unset): The ids of the in-context topics to divide.
        divided_course_wide_discussions (list[str] | Unset): The ids of the course-wide topics to divide.
        always_divide_inline_discussions (bool | Unset): Whether to divide every in-context topic.
        division_scheme (str | Unset): The division scheme to use, one of the course's available division schemes.
        reported_content_email_notifications (bool | Unset): Whether moderators are emailed when content is reported.
    """

    divided_inline_discussions: list[str] | Unset = UNSET
    divided_course_wide_discussions: list[str] | Unset = UNSET
    always_divide_inline_discussions: bool | Unset = UNSET
    division_scheme: str | Unset = UNSET
    reported_content_email_notifications: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        divided_inline_discussions: list[str] | Unset = UNSET
        if not isinstance(self.divided_inline_discussions, Unset):
            divided_inline_discussions = self.divided_inline_discussions

        divided_course_wide_discussions: list[str] | Unset = UNSET
        if not isinstance(self.divided_course_wide_discussions, Unset):
            divided_course_wide_discussions = self.divided_course_wide_discussions

        always_divide_inline_discussions = self.always_divide_inline_discussions

        division_scheme = self.division_scheme

        reported_content_email_notifications = self.reported_content_email_notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if divided_inline_discussions is not UNSET:
            field_dict["divided_inline_discussions"] = divided_inline_discussions
        if divided_course_wide_discussions is not UNSET:
            field_dict["divided_course_wide_discussions"] = (
                divided_course_wide_discussions
            )
        if always_divide_inline_discussions is not UNSET:
            field_dict["always_divide_inline_discussions"] = (
                always_divide_inline_discussions
            )
        if division_scheme is not UNSET:
            field_dict["division_scheme"] = division_scheme
        if reported_content_email_notifications is not UNSET:
            field_dict["reported_content_email_notifications"] = (
                reported_content_email_notifications
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        divided_inline_discussions = cast(
            list[str], d.pop("divided_inline_discussions", UNSET)
        )

        divided_course_wide_discussions = cast(
            list[str], d.pop("divided_course_wide_discussions", UNSET)
        )

        always_divide_inline_discussions = d.pop(
            "always_divide_inline_discussions", UNSET
        )
        if not isinstance(always_divide_inline_discussions, Unset) and not (
            isinstance(always_divide_inline_discussions, bool)
        ):
            raise TypeError(
                f"always_divide_inline_discussions: expected a boolean, got {type(always_divide_inline_discussions).__name__}"
            )

        division_scheme = d.pop("division_scheme", UNSET)

        reported_content_email_notifications = d.pop(
            "reported_content_email_notifications", UNSET
        )
        if not isinstance(reported_content_email_notifications, Unset) and not (
            isinstance(reported_content_email_notifications, bool)
        ):
            raise TypeError(
                f"reported_content_email_notifications: expected a boolean, got {type(reported_content_email_notifications).__name__}"
            )

        discussion_course_settings_merge_patch = cls(
            divided_inline_discussions=divided_inline_discussions,
            divided_course_wide_discussions=divided_course_wide_discussions,
            always_divide_inline_discussions=always_divide_inline_discussions,
            division_scheme=division_scheme,
            reported_content_email_notifications=reported_content_email_notifications,
        )

        discussion_course_settings_merge_patch.additional_properties = d
        return discussion_course_settings_merge_patch

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
