from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.courseware_course_image import CoursewareCourseImage


T = TypeVar("T", bound="CoursewareMedia")


@_attrs_define
class CoursewareMedia:
    """The named media items of the course.

    Attributes:
        course_image (CoursewareCourseImage | Unset): The image to show for the course.
    """

    course_image: CoursewareCourseImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course_image, Unset):
            course_image = self.course_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course_image is not UNSET:
            field_dict["course_image"] = course_image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courseware_course_image import CoursewareCourseImage

        d = dict(src_dict)
        _course_image = d.pop("course_image", UNSET)
        course_image: CoursewareCourseImage | Unset
        if isinstance(_course_image, Unset):
            course_image = UNSET
        else:
            course_image = CoursewareCourseImage.from_dict(_course_image)

        courseware_media = cls(
            course_image=course_image,
        )

        courseware_media.additional_properties = d
        return courseware_media

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
