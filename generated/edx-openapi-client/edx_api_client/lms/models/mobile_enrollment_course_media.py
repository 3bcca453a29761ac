from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mobile_enrollment_course_media_course_image import (
        MobileEnrollmentCourseMediaCourseImage,
    )


T = TypeVar("T", bound="MobileEnrollmentCourseMedia")


@_attrs_define
class MobileEnrollmentCourseMedia:
    """The named media items of the course.

    Attributes:
        course_image (MobileEnrollmentCourseMediaCourseImage): The course image.
    """

    course_image: MobileEnrollmentCourseMediaCourseImage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_image = self.course_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_image": course_image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mobile_enrollment_course_media_course_image import (
            MobileEnrollmentCourseMediaCourseImage,
        )

        d = dict(src_dict)
        course_image = MobileEnrollmentCourseMediaCourseImage.from_dict(
            d.pop("course_image")
        )

        mobile_enrollment_course_media = cls(
            course_image=course_image,
        )

        mobile_enrollment_course_media.additional_properties = d
        return mobile_enrollment_course_media

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
