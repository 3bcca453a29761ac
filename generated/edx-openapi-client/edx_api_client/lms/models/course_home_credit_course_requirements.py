from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.course_home_credit_course_requirements_eligibility_status import (
    CourseHomeCreditCourseRequirementsEligibilityStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeCreditCourseRequirements")


@_attrs_define
class CourseHomeCreditCourseRequirements:
    """The credit requirements of the course. The field table types this as an object and lists none of its members.

    Attributes:
        eligibility_status (CourseHomeCreditCourseRequirementsEligibilityStatus | Unset): Whether the user is eligible
            to receive credit.
        requirements (list[Any] | Unset): The requirements to fulfil to be eligible for credit.
    """

    eligibility_status: CourseHomeCreditCourseRequirementsEligibilityStatus | Unset = (
        UNSET
    )
    requirements: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eligibility_status: str | Unset = UNSET
        if not isinstance(self.eligibility_status, Unset):
            eligibility_status = self.eligibility_status.value

        requirements: list[Any] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eligibility_status is not UNSET:
            field_dict["eligibility_status"] = eligibility_status
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _eligibility_status = d.pop("eligibility_status", UNSET)
        eligibility_status: CourseHomeCreditCourseRequirementsEligibilityStatus | Unset
        if isinstance(_eligibility_status, Unset):
            eligibility_status = UNSET
        else:
            eligibility_status = CourseHomeCreditCourseRequirementsEligibilityStatus(
                _eligibility_status
            )

        requirements = cast(list[Any], d.pop("requirements", UNSET))

        course_home_credit_course_requirements = cls(
            eligibility_status=eligibility_status,
            requirements=requirements,
        )

        course_home_credit_course_requirements.additional_properties = d
        return course_home_credit_course_requirements

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
