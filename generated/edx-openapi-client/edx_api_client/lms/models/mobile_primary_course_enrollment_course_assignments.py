from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mobile_primary_course_enrollment_course_assignments_future_assignments_type_0_item import (
        MobilePrimaryCourseEnrollmentCourseAssignmentsFutureAssignmentsType0Item,
    )
    from ..models.mobile_primary_course_enrollment_course_assignments_past_assignments_type_0_item import (
        MobilePrimaryCourseEnrollmentCourseAssignmentsPastAssignmentsType0Item,
    )


T = TypeVar("T", bound="MobilePrimaryCourseEnrollmentCourseAssignments")


@_attrs_define
class MobilePrimaryCourseEnrollmentCourseAssignments:
    """The learner's upcoming and past assignments, as course dates.

    Attributes:
        future_assignments (list[MobilePrimaryCourseEnrollmentCourseAssignmentsFutureAssignmentsType0Item] | None |
            Unset):
        past_assignments (list[MobilePrimaryCourseEnrollmentCourseAssignmentsPastAssignmentsType0Item] | None | Unset):
    """

    future_assignments: (
        list[MobilePrimaryCourseEnrollmentCourseAssignmentsFutureAssignmentsType0Item]
        | None
        | Unset
    ) = UNSET
    past_assignments: (
        list[MobilePrimaryCourseEnrollmentCourseAssignmentsPastAssignmentsType0Item]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        future_assignments: list[dict[str, Any]] | None | Unset
        if isinstance(self.future_assignments, Unset):
            future_assignments = UNSET
        elif isinstance(self.future_assignments, list):
            future_assignments = []
            for future_assignments_type_0_item_data in self.future_assignments:
                future_assignments_type_0_item = (
                    future_assignments_type_0_item_data.to_dict()
                )
                future_assignments.append(future_assignments_type_0_item)

        else:
            future_assignments = self.future_assignments

        past_assignments: list[dict[str, Any]] | None | Unset
        if isinstance(self.past_assignments, Unset):
            past_assignments = UNSET
        elif isinstance(self.past_assignments, list):
            past_assignments = []
            for past_assignments_type_0_item_data in self.past_assignments:
                past_assignments_type_0_item = (
                    past_assignments_type_0_item_data.to_dict()
                )
                past_assignments.append(past_assignments_type_0_item)

        else:
            past_assignments = self.past_assignments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if future_assignments is not UNSET:
            field_dict["future_assignments"] = future_assignments
        if past_assignments is not UNSET:
            field_dict["past_assignments"] = past_assignments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mobile_primary_course_enrollment_course_assignments_future_assignments_type_0_item import (
            MobilePrimaryCourseEnrollmentCourseAssignmentsFutureAssignmentsType0Item,
        )
        from ..models.mobile_primary_course_enrollment_course_assignments_past_assignments_type_0_item import (
            MobilePrimaryCourseEnrollmentCourseAssignmentsPastAssignmentsType0Item,
        )

        d = dict(src_dict)

        def _parse_future_assignments(
            data: object,
        ) -> (
            list[
                MobilePrimaryCourseEnrollmentCourseAssignmentsFutureAssignmentsType0Item
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                future_assignments_type_0 = []
                _future_assignments_type_0 = data
                for future_assignments_type_0_item_data in _future_assignments_type_0:
                    future_assignments_type_0_item = MobilePrimaryCourseEnrollmentCourseAssignmentsFutureAssignmentsType0Item.from_dict(
                        future_assignments_type_0_item_data
                    )

                    future_assignments_type_0.append(future_assignments_type_0_item)

                return future_assignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    MobilePrimaryCourseEnrollmentCourseAssignmentsFutureAssignmentsType0Item
                ]
                | None
                | Unset,
                data,
            )

        future_assignments = _parse_future_assignments(
            d.pop("future_assignments", UNSET)
        )

        def _parse_past_assignments(
            data: object,
        ) -> (
            list[MobilePrimaryCourseEnrollmentCourseAssignmentsPastAssignmentsType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                past_assignments_type_0 = []
                _past_assignments_type_0 = data
                for past_assignments_type_0_item_data in _past_assignments_type_0:
                    past_assignments_type_0_item = MobilePrimaryCourseEnrollmentCourseAssignmentsPastAssignmentsType0Item.from_dict(
                        past_assignments_type_0_item_data
                    )

                    past_assignments_type_0.append(past_assignments_type_0_item)

                return past_assignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    MobilePrimaryCourseEnrollmentCourseAssignmentsPastAssignmentsType0Item
                ]
                | None
                | Unset,
                data,
            )

        past_assignments = _parse_past_assignments(d.pop("past_assignments", UNSET))

        mobile_primary_course_enrollment_course_assignments = cls(
            future_assignments=future_assignments,
            past_assignments=past_assignments,
        )

        mobile_primary_course_enrollment_course_assignments.additional_properties = d
        return mobile_primary_course_enrollment_course_assignments

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
