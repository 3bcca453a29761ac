from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerHomeCoursewareAccess")


@_attrs_define
class LearnerHomeCoursewareAccess:
    """What stands between the learner and the course's content.

    Attributes:
        has_unmet_prerequisites (bool): Whether prerequisite courses are not completed yet.
        is_too_early (bool): Whether the course is not open to the learner yet.
        is_staff (bool): Whether the learner has staff access to the course.
    """

    has_unmet_prerequisites: bool
    is_too_early: bool
    is_staff: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_unmet_prerequisites = self.has_unmet_prerequisites

        is_too_early = self.is_too_early

        is_staff = self.is_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasUnmetPrerequisites": has_unmet_prerequisites,
                "isTooEarly": is_too_early,
                "isStaff": is_staff,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_unmet_prerequisites = d.pop("hasUnmetPrerequisites")
        if not (isinstance(has_unmet_prerequisites, bool)):
            raise TypeError(
                f"hasUnmetPrerequisites: expected a boolean, got {type(has_unmet_prerequisites).__name__}"
            )

        is_too_early = d.pop("isTooEarly")
        if not (isinstance(is_too_early, bool)):
            raise TypeError(
                f"isTooEarly: expected a boolean, got {type(is_too_early).__name__}"
            )

        is_staff = d.pop("isStaff")
        if not (isinstance(is_staff, bool)):
            raise TypeError(
                f"isStaff: expected a boolean, got {type(is_staff).__name__}"
            )

        learner_home_courseware_access = cls(
            has_unmet_prerequisites=has_unmet_prerequisites,
            is_too_early=is_too_early,
            is_staff=is_staff,
        )

        learner_home_courseware_access.additional_properties = d
        return learner_home_courseware_access

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
