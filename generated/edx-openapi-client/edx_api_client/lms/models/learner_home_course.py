from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LearnerHomeCourse")


@_attrs_define
class LearnerHomeCourse:
    """The course's header data. On an entitlement's card whose course is not found, the three strings are empty and
    `socialShareUrl` is absent.

        Attributes:
            banner_img_src (str): The course's small image.
            course_name (str): The course's display name.
            course_number (str): The course's display number.
            social_share_url (None | str | Unset): The course's about page for sharing, or null when there is none.
    """

    banner_img_src: str
    course_name: str
    course_number: str
    social_share_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        banner_img_src = self.banner_img_src

        course_name = self.course_name

        course_number = self.course_number

        social_share_url: None | str | Unset
        if isinstance(self.social_share_url, Unset):
            social_share_url = UNSET
        else:
            social_share_url = self.social_share_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bannerImgSrc": banner_img_src,
                "courseName": course_name,
                "courseNumber": course_number,
            }
        )
        if social_share_url is not UNSET:
            field_dict["socialShareUrl"] = social_share_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        banner_img_src = d.pop("bannerImgSrc")

        course_name = d.pop("courseName")

        course_number = d.pop("courseNumber")

        def _parse_social_share_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        social_share_url = _parse_social_share_url(d.pop("socialShareUrl", UNSET))

        learner_home_course = cls(
            banner_img_src=banner_img_src,
            course_name=course_name,
            course_number=course_number,
            social_share_url=social_share_url,
        )

        learner_home_course.additional_properties = d
        return learner_home_course

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
