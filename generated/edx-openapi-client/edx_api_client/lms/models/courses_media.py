from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.courses_banner_image import CoursesBannerImage
    from ..models.courses_course_image import CoursesCourseImage
    from ..models.courses_course_video import CoursesCourseVideo
    from ..models.courses_image import CoursesImage


T = TypeVar("T", bound="CoursesMedia")


@_attrs_define
class CoursesMedia:
    """The named media items of a course.

    Attributes:
        banner_image (CoursesBannerImage | Unset): The course's banner image.
        course_image (CoursesCourseImage | Unset): The image to show for the course.
        course_video (CoursesCourseVideo | Unset): The course's video.
        image (CoursesImage | Unset): The course image in three sizes.
    """

    banner_image: CoursesBannerImage | Unset = UNSET
    course_image: CoursesCourseImage | Unset = UNSET
    course_video: CoursesCourseVideo | Unset = UNSET
    image: CoursesImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        banner_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.banner_image, Unset):
            banner_image = self.banner_image.to_dict()

        course_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course_image, Unset):
            course_image = self.course_image.to_dict()

        course_video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course_video, Unset):
            course_video = self.course_video.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if banner_image is not UNSET:
            field_dict["banner_image"] = banner_image
        if course_image is not UNSET:
            field_dict["course_image"] = course_image
        if course_video is not UNSET:
            field_dict["course_video"] = course_video
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courses_banner_image import CoursesBannerImage
        from ..models.courses_course_image import CoursesCourseImage
        from ..models.courses_course_video import CoursesCourseVideo
        from ..models.courses_image import CoursesImage

        d = dict(src_dict)
        _banner_image = d.pop("banner_image", UNSET)
        banner_image: CoursesBannerImage | Unset
        if isinstance(_banner_image, Unset):
            banner_image = UNSET
        else:
            banner_image = CoursesBannerImage.from_dict(_banner_image)

        _course_image = d.pop("course_image", UNSET)
        course_image: CoursesCourseImage | Unset
        if isinstance(_course_image, Unset):
            course_image = UNSET
        else:
            course_image = CoursesCourseImage.from_dict(_course_image)

        _course_video = d.pop("course_video", UNSET)
        course_video: CoursesCourseVideo | Unset
        if isinstance(_course_video, Unset):
            course_video = UNSET
        else:
            course_video = CoursesCourseVideo.from_dict(_course_video)

        _image = d.pop("image", UNSET)
        image: CoursesImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = CoursesImage.from_dict(_image)

        courses_media = cls(
            banner_image=banner_image,
            course_image=course_image,
            course_video=course_video,
            image=image,
        )

        courses_media.additional_properties = d
        return courses_media

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
