from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserTour")


@_attrs_define
class UserTour:
    """Which tours a user should be shown.

    Attributes:
        course_home_tour_status (str | Unset): The state of the course home tour: one of the values of
            `UserTour.CourseHomeChoices`, which the doc does not list.
        show_courseware_tour (bool | Unset): Whether the courseware tour should be shown.
    """

    course_home_tour_status: str | Unset = UNSET
    show_courseware_tour: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_home_tour_status = self.course_home_tour_status

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
        course_home_tour_status = d.pop("course_home_tour_status", UNSET)

        show_courseware_tour = d.pop("show_courseware_tour", UNSET)

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
