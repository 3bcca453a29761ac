from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.learner_pathway_progress_course_status import (
    LearnerPathwayProgressCourseStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.learner_pathway_progress_course_run import (
        LearnerPathwayProgressCourseRun,
    )


T = TypeVar("T", bound="LearnerPathwayProgressCourse")


@_attrs_define
class LearnerPathwayProgressCourse:
    """A course of a pathway step, with the learner's status in it.

    Attributes:
        key (str | Unset): The course key, for example "edX+DemoX" (empty in one example entry).
        course_runs (list[LearnerPathwayProgressCourseRun] | Unset): The runs of the course.
        title (str | Unset): The title of the course.
        short_description (str | Unset): A short description of the course.
        card_image_url (None | str | Unset): The URL of the course's card image, or null.
        content_type (str | Unset): The kind of content; "course" for a course.
        status (LearnerPathwayProgressCourseStatus | Unset): The learner's status in the course.
        enterprises (str | Unset): The enterprise customers through which the learner reaches the course, as a JSON-
            encoded list in a string (for example "[]").
    """

    key: str | Unset = UNSET
    course_runs: list[LearnerPathwayProgressCourseRun] | Unset = UNSET
    title: str | Unset = UNSET
    short_description: str | Unset = UNSET
    card_image_url: None | str | Unset = UNSET
    content_type: str | Unset = UNSET
    status: LearnerPathwayProgressCourseStatus | Unset = UNSET
    enterprises: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        course_runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.course_runs, Unset):
            course_runs = []
            for course_runs_item_data in self.course_runs:
                course_runs_item = course_runs_item_data.to_dict()
                course_runs.append(course_runs_item)

        title = self.title

        short_description = self.short_description

        card_image_url: None | str | Unset
        if isinstance(self.card_image_url, Unset):
            card_image_url = UNSET
        else:
            card_image_url = self.card_image_url

        content_type = self.content_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        enterprises = self.enterprises

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if course_runs is not UNSET:
            field_dict["course_runs"] = course_runs
        if title is not UNSET:
            field_dict["title"] = title
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if card_image_url is not UNSET:
            field_dict["card_image_url"] = card_image_url
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if status is not UNSET:
            field_dict["status"] = status
        if enterprises is not UNSET:
            field_dict["enterprises"] = enterprises

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_pathway_progress_course_run import (
            LearnerPathwayProgressCourseRun,
        )

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        _course_runs = d.pop("course_runs", UNSET)
        course_runs: list[LearnerPathwayProgressCourseRun] | Unset = UNSET
        if _course_runs is not UNSET:
            course_runs = []
            for course_runs_item_data in _course_runs:
                course_runs_item = LearnerPathwayProgressCourseRun.from_dict(
                    course_runs_item_data
                )

                course_runs.append(course_runs_item)

        title = d.pop("title", UNSET)

        short_description = d.pop("short_description", UNSET)

        def _parse_card_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_image_url = _parse_card_image_url(d.pop("card_image_url", UNSET))

        content_type = d.pop("content_type", UNSET)

        _status = d.pop("status", UNSET)
        status: LearnerPathwayProgressCourseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LearnerPathwayProgressCourseStatus(_status)

        enterprises = d.pop("enterprises", UNSET)

        learner_pathway_progress_course = cls(
            key=key,
            course_runs=course_runs,
            title=title,
            short_description=short_description,
            card_image_url=card_image_url,
            content_type=content_type,
            status=status,
            enterprises=enterprises,
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
