from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learning_sequences_outline import LearningSequencesOutline


T = TypeVar("T", bound="LearningSequencesUserCourseOutline")


@_attrs_define
class LearningSequencesUserCourseOutline:
    """A course's outline as one user may see it at one moment.

    Attributes:
        course_key (str): The course key.
        course_start (datetime.datetime | None): When the course starts, if a start is set.
        course_end (datetime.datetime | None): When the course ends, if an end is set.
        title (str): The course's title.
        published_at (datetime.datetime): When the course was last published.
        published_version (str): An opaque version string that changes whenever the course content changes.
        entrance_exam_id (None | str): The usage key of the course's entrance exam, if it has one.
        days_early_for_beta (int | None): How many days before the start beta testers get access, if set.
        self_paced (bool): Whether the course is self-paced.
        username (str): The user the outline was computed for; empty for an anonymous user.
        user_id (int | None): The id of that user; null for an anonymous user.
        at_time (datetime.datetime): The moment the outline was computed for (the time of the request).
        outline (LearningSequencesOutline): The sections of the course in order, and every visible sequence by its usage
            key.
    """

    course_key: str
    course_start: datetime.datetime | None
    course_end: datetime.datetime | None
    title: str
    published_at: datetime.datetime
    published_version: str
    entrance_exam_id: None | str
    days_early_for_beta: int | None
    self_paced: bool
    username: str
    user_id: int | None
    at_time: datetime.datetime
    outline: LearningSequencesOutline
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_key = self.course_key

        course_start: None | str
        if isinstance(self.course_start, datetime.datetime):
            course_start = self.course_start.isoformat()
        else:
            course_start = self.course_start

        course_end: None | str
        if isinstance(self.course_end, datetime.datetime):
            course_end = self.course_end.isoformat()
        else:
            course_end = self.course_end

        title = self.title

        published_at = self.published_at.isoformat()

        published_version = self.published_version

        entrance_exam_id: None | str
        entrance_exam_id = self.entrance_exam_id

        days_early_for_beta: int | None
        days_early_for_beta = self.days_early_for_beta

        self_paced = self.self_paced

        username = self.username

        user_id: int | None
        user_id = self.user_id

        at_time = self.at_time.isoformat()

        outline = self.outline.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_key": course_key,
                "course_start": course_start,
                "course_end": course_end,
                "title": title,
                "published_at": published_at,
                "published_version": published_version,
                "entrance_exam_id": entrance_exam_id,
                "days_early_for_beta": days_early_for_beta,
                "self_paced": self_paced,
                "username": username,
                "user_id": user_id,
                "at_time": at_time,
                "outline": outline,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learning_sequences_outline import LearningSequencesOutline

        d = dict(src_dict)
        course_key = d.pop("course_key")

        def _parse_course_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_start_type_0 = datetime.datetime.fromisoformat(data)

                return course_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        course_start = _parse_course_start(d.pop("course_start"))

        def _parse_course_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_end_type_0 = datetime.datetime.fromisoformat(data)

                return course_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        course_end = _parse_course_end(d.pop("course_end"))

        title = d.pop("title")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        published_version = d.pop("published_version")

        def _parse_entrance_exam_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        entrance_exam_id = _parse_entrance_exam_id(d.pop("entrance_exam_id"))

        def _parse_days_early_for_beta(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                days_early_for_beta_type_0 = data
                if not (
                    isinstance(days_early_for_beta_type_0, int)
                    and not isinstance(days_early_for_beta_type_0, bool)
                ):
                    raise TypeError(
                        f"days_early_for_beta_type_0: expected an integer, got {type(days_early_for_beta_type_0).__name__}"
                    )

                return days_early_for_beta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        days_early_for_beta = _parse_days_early_for_beta(d.pop("days_early_for_beta"))

        self_paced = d.pop("self_paced")
        if not (isinstance(self_paced, bool)):
            raise TypeError(
                f"self_paced: expected a boolean, got {type(self_paced).__name__}"
            )

        username = d.pop("username")

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                user_id_type_0 = data
                if not (
                    isinstance(user_id_type_0, int)
                    and not isinstance(user_id_type_0, bool)
                ):
                    raise TypeError(
                        f"user_id_type_0: expected an integer, got {type(user_id_type_0).__name__}"
                    )

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))

        at_time = datetime.datetime.fromisoformat(d.pop("at_time"))

        outline = LearningSequencesOutline.from_dict(d.pop("outline"))

        learning_sequences_user_course_outline = cls(
            course_key=course_key,
            course_start=course_start,
            course_end=course_end,
            title=title,
            published_at=published_at,
            published_version=published_version,
            entrance_exam_id=entrance_exam_id,
            days_early_for_beta=days_early_for_beta,
            self_paced=self_paced,
            username=username,
            user_id=user_id,
            at_time=at_time,
            outline=outline,
        )

        learning_sequences_user_course_outline.additional_properties = d
        return learning_sequences_user_course_outline

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
