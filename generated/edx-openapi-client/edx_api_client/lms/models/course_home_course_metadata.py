from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_home_course_metadata_celebrations import (
        CourseHomeCourseMetadataCelebrations,
    )
    from ..models.course_home_course_metadata_course_access import (
        CourseHomeCourseMetadataCourseAccess,
    )
    from ..models.course_home_tab import CourseHomeTab
    from ..models.course_home_verified_mode import CourseHomeVerifiedMode


T = TypeVar("T", bound="CourseHomeCourseMetadata")


@_attrs_define
class CourseHomeCourseMetadata:
    """The course and user facts that every page of the Course Home micro-frontend needs.

    Attributes:
        can_view_certificate (bool): Whether the learner may view their course certificate.
        celebrations (CourseHomeCourseMetadataCelebrations): The celebration data of the course for the user (a dict).
        course_access (CourseHomeCourseMetadataCourseAccess): The user's access to the course.
        course_id (str): The course run key.
        is_enrolled (bool): Whether the user is enrolled in the course.
        is_self_paced (bool): Whether the course is self-paced.
        is_staff (bool): Whether the user is staff.
        number (str): The course number.
        org (str): The organization of the course.
        original_user_is_staff (bool): Whether the original requesting user has staff access; differs from `is_staff`
            when that user is masquerading as someone else.
        start (str): The start of the course.
        tabs (list[CourseHomeTab]): The course tabs to display.
        title (str): The display title of the course.
        user_timezone (str): The time zone of the user.
        username (None | str): The requesting user, or the user being masqueraded as; null for an unauthenticated user.
        can_show_upgrade_sock (bool | Unset): Whether the upgrade sock (the upgrade call to action) may be shown.
        verified_mode (CourseHomeVerifiedMode | None | Unset): The verified mode's upgrade information, or null when no
            upgrade can be offered to the user.
    """

    can_view_certificate: bool
    celebrations: CourseHomeCourseMetadataCelebrations
    course_access: CourseHomeCourseMetadataCourseAccess
    course_id: str
    is_enrolled: bool
    is_self_paced: bool
    is_staff: bool
    number: str
    org: str
    original_user_is_staff: bool
    start: str
    tabs: list[CourseHomeTab]
    title: str
    user_timezone: str
    username: None | str
    can_show_upgrade_sock: bool | Unset = UNSET
    verified_mode: CourseHomeVerifiedMode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_home_verified_mode import CourseHomeVerifiedMode

        can_view_certificate = self.can_view_certificate

        celebrations = self.celebrations.to_dict()

        course_access = self.course_access.to_dict()

        course_id = self.course_id

        is_enrolled = self.is_enrolled

        is_self_paced = self.is_self_paced

        is_staff = self.is_staff

        number = self.number

        org = self.org

        original_user_is_staff = self.original_user_is_staff

        start = self.start

        tabs = []
        for tabs_item_data in self.tabs:
            tabs_item = tabs_item_data.to_dict()
            tabs.append(tabs_item)

        title = self.title

        user_timezone = self.user_timezone

        username: None | str
        username = self.username

        can_show_upgrade_sock = self.can_show_upgrade_sock

        verified_mode: dict[str, Any] | None | Unset
        if isinstance(self.verified_mode, Unset):
            verified_mode = UNSET
        elif isinstance(self.verified_mode, CourseHomeVerifiedMode):
            verified_mode = self.verified_mode.to_dict()
        else:
            verified_mode = self.verified_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_view_certificate": can_view_certificate,
                "celebrations": celebrations,
                "course_access": course_access,
                "course_id": course_id,
                "is_enrolled": is_enrolled,
                "is_self_paced": is_self_paced,
                "is_staff": is_staff,
                "number": number,
                "org": org,
                "original_user_is_staff": original_user_is_staff,
                "start": start,
                "tabs": tabs,
                "title": title,
                "user_timezone": user_timezone,
                "username": username,
            }
        )
        if can_show_upgrade_sock is not UNSET:
            field_dict["can_show_upgrade_sock"] = can_show_upgrade_sock
        if verified_mode is not UNSET:
            field_dict["verified_mode"] = verified_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_home_course_metadata_celebrations import (
            CourseHomeCourseMetadataCelebrations,
        )
        from ..models.course_home_course_metadata_course_access import (
            CourseHomeCourseMetadataCourseAccess,
        )
        from ..models.course_home_tab import CourseHomeTab
        from ..models.course_home_verified_mode import CourseHomeVerifiedMode

        d = dict(src_dict)
        can_view_certificate = d.pop("can_view_certificate")
        if not (isinstance(can_view_certificate, bool)):
            raise TypeError(
                f"can_view_certificate: expected a boolean, got {type(can_view_certificate).__name__}"
            )

        celebrations = CourseHomeCourseMetadataCelebrations.from_dict(
            d.pop("celebrations")
        )

        course_access = CourseHomeCourseMetadataCourseAccess.from_dict(
            d.pop("course_access")
        )

        course_id = d.pop("course_id")

        is_enrolled = d.pop("is_enrolled")
        if not (isinstance(is_enrolled, bool)):
            raise TypeError(
                f"is_enrolled: expected a boolean, got {type(is_enrolled).__name__}"
            )

        is_self_paced = d.pop("is_self_paced")
        if not (isinstance(is_self_paced, bool)):
            raise TypeError(
                f"is_self_paced: expected a boolean, got {type(is_self_paced).__name__}"
            )

        is_staff = d.pop("is_staff")
        if not (isinstance(is_staff, bool)):
            raise TypeError(
                f"is_staff: expected a boolean, got {type(is_staff).__name__}"
            )

        number = d.pop("number")

        org = d.pop("org")

        original_user_is_staff = d.pop("original_user_is_staff")
        if not (isinstance(original_user_is_staff, bool)):
            raise TypeError(
                f"original_user_is_staff: expected a boolean, got {type(original_user_is_staff).__name__}"
            )

        start = d.pop("start")

        tabs = []
        _tabs = d.pop("tabs")
        for tabs_item_data in _tabs:
            tabs_item = CourseHomeTab.from_dict(tabs_item_data)

            tabs.append(tabs_item)

        title = d.pop("title")

        user_timezone = d.pop("user_timezone")

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        can_show_upgrade_sock = d.pop("can_show_upgrade_sock", UNSET)
        if not isinstance(can_show_upgrade_sock, Unset) and not (
            isinstance(can_show_upgrade_sock, bool)
        ):
            raise TypeError(
                f"can_show_upgrade_sock: expected a boolean, got {type(can_show_upgrade_sock).__name__}"
            )

        def _parse_verified_mode(data: object) -> CourseHomeVerifiedMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verified_mode_type_0 = CourseHomeVerifiedMode.from_dict(data)

                return verified_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseHomeVerifiedMode | None | Unset, data)

        verified_mode = _parse_verified_mode(d.pop("verified_mode", UNSET))

        course_home_course_metadata = cls(
            can_view_certificate=can_view_certificate,
            celebrations=celebrations,
            course_access=course_access,
            course_id=course_id,
            is_enrolled=is_enrolled,
            is_self_paced=is_self_paced,
            is_staff=is_staff,
            number=number,
            org=org,
            original_user_is_staff=original_user_is_staff,
            start=start,
            tabs=tabs,
            title=title,
            user_timezone=user_timezone,
            username=username,
            can_show_upgrade_sock=can_show_upgrade_sock,
            verified_mode=verified_mode,
        )

        course_home_course_metadata.additional_properties = d
        return course_home_course_metadata

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
