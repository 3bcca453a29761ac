from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learner_pathway_progress_course_run import (
        LearnerPathwayProgressCourseRun,
    )


T = TypeVar("T", bound="LearnerPathwayProgressCourse")


@_attrs_define
class LearnerPathwayProgressCourse:
    """A course of a pathway step, with the learner's status in it.

    Attributes:
        key (str): The course key, for example "edX+DemoX" (empty in one example entry).
        course_runs (list[LearnerPathwayProgressCourseRun]): The runs of the course.
        title (str): The title of the course.
        short_description (str): A short description of the course.
        card_image_url (None | str): The URL of the course's card image, or null.
        content_type (str): The kind of content; "course" for a course.
        status (str): The learner's status in the course, for example "NOT_STARTED" or "IN_PROGRESS".
    """

    key: str
    course_runs: list[LearnerPathwayProgressCourseRun]
    title: str
    short_description: str
    card_image_url: None | str
    content_type: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        course_runs = []
        for course_runs_item_data in self.course_runs:
            course_runs_item = course_runs_item_data.to_dict()
            course_runs.append(course_runs_item)

        title = self.title

        short_description = self.short_description

        card_image_url: None | str
        card_image_url = self.card_image_url

        content_type = self.content_type

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "course_runs": course_runs,
                "title": title,
                "short_description": short_description,
                "card_image_url": card_image_url,
                "content_type": content_type,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_pathway_progress_course_run import (
            LearnerPathwayProgressCourseRun,
        )

        d = dict(src_dict)
        key = d.pop("key")

        course_runs = []
        _course_runs = d.pop("course_runs")
        for course_runs_item_data in _course_runs:
            course_runs_item = LearnerPathwayProgressCourseRun.from_dict(
                course_runs_item_data
            )

            course_runs.append(course_runs_item)

        title = d.pop("title")

        short_description = d.pop("short_description")

        def _parse_card_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        card_image_url = _parse_card_image_url(d.pop("card_image_url"))

        content_type = d.pop("content_type")

        status = d.pop("status")

        learner_pathway_progress_course = cls(
            key=key,
            course_runs=course_runs,
            title=title,
            short_description=short_description,
            card_image_url=card_image_url,
            content_type=content_type,
            status=status,
        )

        learner_pathway_progress_course.additional_properties = d
        return learner_pathway_progress_course

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
