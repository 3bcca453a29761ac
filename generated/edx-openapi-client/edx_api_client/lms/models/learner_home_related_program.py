from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerHomeRelatedProgram")


@_attrs_define
class LearnerHomeRelatedProgram:
    """A program that includes the course.

    Attributes:
        banner_img_src (None | str): The program's small banner image, or null.
        logo_img_src (None | str): The logo of the program's first authoring organization, or null.
        number_of_courses (int): How many courses the program has.
        program_type (str): The program's type.
        program_url (str): The program's page.
        provider (None | str): The name of the program's first authoring organization, or null.
        title (str): The program's title.
    """

    banner_img_src: None | str
    logo_img_src: None | str
    number_of_courses: int
    program_type: str
    program_url: str
    provider: None | str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        banner_img_src: None | str
        banner_img_src = self.banner_img_src

        logo_img_src: None | str
        logo_img_src = self.logo_img_src

        number_of_courses = self.number_of_courses

        program_type = self.program_type

        program_url = self.program_url

        provider: None | str
        provider = self.provider

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bannerImgSrc": banner_img_src,
                "logoImgSrc": logo_img_src,
                "numberOfCourses": number_of_courses,
                "programType": program_type,
                "programUrl": program_url,
                "provider": provider,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_banner_img_src(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        banner_img_src = _parse_banner_img_src(d.pop("bannerImgSrc"))

        def _parse_logo_img_src(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo_img_src = _parse_logo_img_src(d.pop("logoImgSrc"))

        number_of_courses = d.pop("numberOfCourses")
        if not (
            isinstance(number_of_courses, int)
            and not isinstance(number_of_courses, bool)
        ):
            raise TypeError(
                f"numberOfCourses: expected an integer, got {type(number_of_courses).__name__}"
            )

        program_type = d.pop("programType")

        program_url = d.pop("programUrl")

        def _parse_provider(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider = _parse_provider(d.pop("provider"))

        title = d.pop("title")

        learner_home_related_program = cls(
            banner_img_src=banner_img_src,
            logo_img_src=logo_img_src,
            number_of_courses=number_of_courses,
            program_type=program_type,
            program_url=program_url,
            provider=provider,
            title=title,
        )

        learner_home_related_program.additional_properties = d
        return learner_home_related_program

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
