from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_tours_tour_update_course_home_tour_status import (
    UserToursTourUpdateCourseHomeTourStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserToursTourUpdate")


@_attrs_define
class UserToursTourUpdate:
    """The tour state to store; either field may be left out (both have model defaults). A body that changes nothing is
    answered with 400.

        Attributes:
            course_home_tour_status (UserToursTourUpdateCourseHomeTourStatus | Unset): The new state of the course home
                tour.
            show_courseware_tour (bool | Unset): Whether the courseware tour should be shown.
    """

    course_home_tour_status: UserToursTourUpdateCourseHomeTourStatus | Unset = UNSET
    show_courseware_tour: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_home_tour_status: str | Unset = UNSET
        if not isinstance(self.course_home_tour_status, Unset):
            course_home_tour_status = self.course_home_tour_status.value

        show_courseware_tour = self.show_courseware_tour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course_home_tour_status is not UNSET:
            field_dict["course_home_tour_status"] = course_home_tour_status
        if show_courseware_tour is not UNSET:
            field_dict["show_courseware_tour"] = show_courseware_tour

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _course_home_tour_status = d.pop("course_home_tour_status", UNSET)
        course_home_tour_status: UserToursTourUpdateCourseHomeTourStatus | Unset
        if isinstance(_course_home_tour_status, Unset):
            course_home_tour_status = UNSET
        else:
            course_home_tour_status = UserToursTourUpdateCourseHomeTourStatus(
                _course_home_tour_status
            )

        show_courseware_tour = d.pop("show_courseware_tour", UNSET)
        if not isinstance(show_courseware_tour, Unset) and not (
            isinstance(show_courseware_tour, bool)
        ):
            raise TypeError(
                f"show_courseware_tour: expected a boolean, got {type(show_courseware_tour).__name__}"
            )

        user_tours_tour_update = cls(
            course_home_tour_status=course_home_tour_status,
            show_courseware_tour=show_courseware_tour,
        )

        user_tours_tour_update.additional_properties = d
        return user_tours_tour_update

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
