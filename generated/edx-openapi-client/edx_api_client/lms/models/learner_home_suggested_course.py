from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerHomeSuggestedCourse")


@_attrs_define
class LearnerHomeSuggestedCourse:
    """A course suggested to the learner.

    Attributes:
        banner_img_src (str): The course's image.
        logo_img_src (None | str): The logo of the course's organization, or null.
        course_name (str): The course's title.
        course_url (str): The course's marketing page.
    """

    banner_img_src: str
    logo_img_src: None | str
    course_name: str
    course_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        banner_img_src = self.banner_img_src

        logo_img_src: None | str
        logo_img_src = self.logo_img_src

        course_name = self.course_name

        course_url = self.course_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bannerImgSrc": banner_img_src,
                "logoImgSrc": logo_img_src,
                "courseName": course_name,
                "courseUrl": course_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        banner_img_src = d.pop("bannerImgSrc")

        def _parse_logo_img_src(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo_img_src = _parse_logo_img_src(d.pop("logoImgSrc"))

        course_name = d.pop("courseName")

        course_url = d.pop("courseUrl")

        learner_home_suggested_course = cls(
            banner_img_src=banner_img_src,
            logo_img_src=logo_img_src,
            course_name=course_name,
            course_url=course_url,
        )

        learner_home_suggested_course.additional_properties = d
        return learner_home_suggested_course

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
