from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_tour_course_home_tour_status import UserTourCourseHomeTourStatus

T = TypeVar("T", bound="UserTour")


@_attrs_define
class UserTour:
    """Which tours a user should be shown.

    Attributes:
        course_home_tour_status (UserTourCourseHomeTourStatus): The state of the course home tour: show the tour for
            existing users, show the tour for new users (the default), or show no tour.
        show_courseware_tour (bool): Whether the courseware tour should be shown.
    """

    course_home_tour_status: UserTourCourseHomeTourStatus
    show_courseware_tour: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_home_tour_status = self.course_home_tour_status.value

        show_courseware_tour = self.show_courseware_tour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_home_tour_status": course_home_tour_status,
                "show_courseware_tour": show_courseware_tour,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_home_tour_status = UserTourCourseHomeTourStatus(
            d.pop("course_home_tour_status")
        )

        show_courseware_tour = d.pop("show_courseware_tour")
        if not (isinstance(show_courseware_tour, bool)):
            raise TypeError(
                f"show_courseware_tour: expected a boolean, got {type(show_courseware_tour).__name__}"
            )

        user_tour = cls(
            course_home_tour_status=course_home_tour_status,
            show_courseware_tour=show_courseware_tour,
        )

        user_tour.additional_properties = d
        return user_tour

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
