from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.courseware_course_image import CoursewareCourseImage
    from ..models.courseware_course_video import CoursewareCourseVideo
    from ..models.courseware_image_urls import CoursewareImageUrls


T = TypeVar("T", bound="CoursewareMedia")


@_attrs_define
class CoursewareMedia:
    """The named media items of the course.

    Attributes:
        course_image (CoursewareCourseImage): The image to show for the course.
        course_video (CoursewareCourseVideo): The course's introductory video.
        image (CoursewareImageUrls): The course image at several sizes, as absolute URLs.
    """

    course_image: CoursewareCourseImage
    course_video: CoursewareCourseVideo
    image: CoursewareImageUrls
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_image = self.course_image.to_dict()

        course_video = self.course_video.to_dict()

        image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_image": course_image,
                "course_video": course_video,
                "image": image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courseware_course_image import CoursewareCourseImage
        from ..models.courseware_course_video import CoursewareCourseVideo
        from ..models.courseware_image_urls import CoursewareImageUrls

        d = dict(src_dict)
        course_image = CoursewareCourseImage.from_dict(d.pop("course_image"))

        course_video = CoursewareCourseVideo.from_dict(d.pop("course_video"))

        image = CoursewareImageUrls.from_dict(d.pop("image"))

        courseware_media = cls(
            course_image=course_image,
            course_video=course_video,
            image=image,
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
