from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mobile_course_enrollment import MobileCourseEnrollment
    from ..models.mobile_paginated_course_enrollment_list import (
        MobilePaginatedCourseEnrollmentList,
    )
    from ..models.mobile_primary_course_enrollment import MobilePrimaryCourseEnrollment
    from ..models.mobile_user_course_enrollments_configs import (
        MobileUserCourseEnrollmentsConfigs,
    )


T = TypeVar("T", bound="MobileUserCourseEnrollments")


@_attrs_define
class MobileUserCourseEnrollments:
    """The enrollments as v2, v3 and v4 answer: the mobile app configuration, the user's time zone and the enrollments (a
    plain list in v2, a page in v3 and v4), plus in v4 the primary enrollment when there is one.

        Attributes:
            configs (MobileUserCourseEnrollmentsConfigs): The mobile app configuration values, by name.
            user_timezone (str): The user's time zone (the last one seen, or UTC).
            enrollments (list[MobileCourseEnrollment] | MobilePaginatedCourseEnrollmentList): The enrollments, as a list
                (v2) or as a page of them (v3, v4).
            primary (MobilePrimaryCourseEnrollment | Unset): v4: the enrollment with the latest activity, taken out of the
                list, with the learner's last position, progress and assignments in it.
    """

    configs: MobileUserCourseEnrollmentsConfigs
    user_timezone: str
    enrollments: list[MobileCourseEnrollment] | MobilePaginatedCourseEnrollmentList
    primary: MobilePrimaryCourseEnrollment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configs = self.configs.to_dict()

        user_timezone = self.user_timezone

        enrollments: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.enrollments, list):
            enrollments = []
            for enrollments_type_0_item_data in self.enrollments:
                enrollments_type_0_item = enrollments_type_0_item_data.to_dict()
                enrollments.append(enrollments_type_0_item)

        else:
            enrollments = self.enrollments.to_dict()

        primary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary, Unset):
            primary = self.primary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configs": configs,
                "user_timezone": user_timezone,
                "enrollments": enrollments,
            }
        )
        if primary is not UNSET:
            field_dict["primary"] = primary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mobile_course_enrollment import MobileCourseEnrollment
        from ..models.mobile_paginated_course_enrollment_list import (
            MobilePaginatedCourseEnrollmentList,
        )
        from ..models.mobile_primary_course_enrollment import (
            MobilePrimaryCourseEnrollment,
        )
        from ..models.mobile_user_course_enrollments_configs import (
            MobileUserCourseEnrollmentsConfigs,
        )

        d = dict(src_dict)
        configs = MobileUserCourseEnrollmentsConfigs.from_dict(d.pop("configs"))

        user_timezone = d.pop("user_timezone")

        def _parse_enrollments(
            data: object,
        ) -> list[MobileCourseEnrollment] | MobilePaginatedCourseEnrollmentList:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enrollments_type_0 = []
                _enrollments_type_0 = data
                for enrollments_type_0_item_data in _enrollments_type_0:
                    enrollments_type_0_item = MobileCourseEnrollment.from_dict(
                        enrollments_type_0_item_data
                    )

                    enrollments_type_0.append(enrollments_type_0_item)

                return enrollments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(
                    f"enrollments: expected dict[str, Any] | list[dict[str, Any]], got {type(data).__name__}"
                )
            enrollments_type_1 = MobilePaginatedCourseEnrollmentList.from_dict(data)

            return enrollments_type_1

        enrollments = _parse_enrollments(d.pop("enrollments"))

        _primary = d.pop("primary", UNSET)
        primary: MobilePrimaryCourseEnrollment | Unset
        if isinstance(_primary, Unset):
            primary = UNSET
        else:
            primary = MobilePrimaryCourseEnrollment.from_dict(_primary)

        mobile_user_course_enrollments = cls(
            configs=configs,
            user_timezone=user_timezone,
            enrollments=enrollments,
            primary=primary,
        )

        mobile_user_course_enrollments.additional_properties = d
        return mobile_user_course_enrollments

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
