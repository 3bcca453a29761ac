from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalog_course_run_pacing_type_type_1 import (
    CatalogCourseRunPacingTypeType1,
)
from ..models.catalog_course_run_pacing_type_type_2_type_1 import (
    CatalogCourseRunPacingTypeType2Type1,
)
from ..models.catalog_course_run_pacing_type_type_3_type_1 import (
    CatalogCourseRunPacingTypeType3Type1,
)

if TYPE_CHECKING:
    from ..models.catalog_image import CatalogImage
    from ..models.catalog_person import CatalogPerson
    from ..models.catalog_seat import CatalogSeat
    from ..models.catalog_video import CatalogVideo


T = TypeVar("T", bound="CatalogCourseRun")


@_attrs_define
class CatalogCourseRun:
    """One run (offering) of a course, with its dates, media, seats and people.

    Attributes:
        key (str): Unique identifier of the course run.
        title (str): The title of the course run.
        short_description (None | str): A brief summary of the course run and what it covers.
        full_description (None | str): The complete description of the course run and what it covers.
        start (datetime.datetime | None): When the course run begins.
        end (datetime.datetime | None): When the course run ends.
        enrollment_start (datetime.datetime | None): When enrollment in the course run opens.
        enrollment_end (datetime.datetime | None): When enrollment in the course run closes.
        announcement (datetime.datetime | None): When the course run is announced and becomes visible.
        seats (list[CatalogSeat]): The enrollment modes (seats) that the course run offers.
        content_language (None | str): The language in which the course run is taught.
        transcript_languages (list[str]): ISO language codes of the languages that video transcripts exist in.
        instructors (list[CatalogPerson]): The instructors of the course run.
        staff (list[CatalogPerson]): The staff members of the course run.
        pacing_type (CatalogCourseRunPacingTypeType1 | CatalogCourseRunPacingTypeType2Type1 |
            CatalogCourseRunPacingTypeType3Type1 | None): Whether learners set their own pace or follow the instructor's
            schedule.
        min_effort (int | None): Lower estimate of the weekly effort, in hours.
        max_effort (int | None): Upper estimate of the weekly effort, in hours.
        modified (datetime.datetime): When the course run was last changed.
        course (str): Identifier of the course that this run belongs to.
        image (CatalogImage): An image. The same shape is used for a course or course run `image`, an organization
            `logo_image`, a person `profile_image` and a video `image`.
        video (CatalogVideo | None): The run's video (the course's when the run has none), or null.
    """

    key: str
    title: str
    short_description: None | str
    full_description: None | str
    start: datetime.datetime | None
    end: datetime.datetime | None
    enrollment_start: datetime.datetime | None
    enrollment_end: datetime.datetime | None
    announcement: datetime.datetime | None
    seats: list[CatalogSeat]
    content_language: None | str
    transcript_languages: list[str]
    instructors: list[CatalogPerson]
    staff: list[CatalogPerson]
    pacing_type: (
        CatalogCourseRunPacingTypeType1
        | CatalogCourseRunPacingTypeType2Type1
        | CatalogCourseRunPacingTypeType3Type1
        | None
    )
    min_effort: int | None
    max_effort: int | None
    modified: datetime.datetime
    course: str
    image: CatalogImage
    video: CatalogVideo | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog_video import CatalogVideo

        key = self.key

        title = self.title

        short_description: None | str
        short_description = self.short_description

        full_description: None | str
        full_description = self.full_description

        start: None | str
        if isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        end: None | str
        if isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        enrollment_start: None | str
        if isinstance(self.enrollment_start, datetime.datetime):
            enrollment_start = self.enrollment_start.isoformat()
        else:
            enrollment_start = self.enrollment_start

        enrollment_end: None | str
        if isinstance(self.enrollment_end, datetime.datetime):
            enrollment_end = self.enrollment_end.isoformat()
        else:
            enrollment_end = self.enrollment_end

        announcement: None | str
        if isinstance(self.announcement, datetime.datetime):
            announcement = self.announcement.isoformat()
        else:
            announcement = self.announcement

        seats = []
        for seats_item_data in self.seats:
            seats_item = seats_item_data.to_dict()
            seats.append(seats_item)

        content_language: None | str
        content_language = self.content_language

        transcript_languages = self.transcript_languages

        instructors = []
        for instructors_item_data in self.instructors:
            instructors_item = instructors_item_data.to_dict()
            instructors.append(instructors_item)

        staff = []
        for staff_item_data in self.staff:
            staff_item = staff_item_data.to_dict()
            staff.append(staff_item)

        pacing_type: None | str
        if (
            isinstance(self.pacing_type, CatalogCourseRunPacingTypeType1)
            or isinstance(self.pacing_type, CatalogCourseRunPacingTypeType2Type1)
            or isinstance(self.pacing_type, CatalogCourseRunPacingTypeType3Type1)
        ):
            pacing_type = self.pacing_type.value
        else:
            pacing_type = self.pacing_type

        min_effort: int | None
        min_effort = self.min_effort

        max_effort: int | None
        max_effort = self.max_effort

        modified = self.modified.isoformat()

        course = self.course

        image = self.image.to_dict()

        video: dict[str, Any] | None
        if isinstance(self.video, CatalogVideo):
            video = self.video.to_dict()
        else:
            video = self.video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
                "short_description": short_description,
                "full_description": full_description,
                "start": start,
                "end": end,
                "enrollment_start": enrollment_start,
                "enrollment_end": enrollment_end,
                "announcement": announcement,
                "seats": seats,
                "content_language": content_language,
                "transcript_languages": transcript_languages,
                "instructors": instructors,
                "staff": staff,
                "pacing_type": pacing_type,
                "min_effort": min_effort,
                "max_effort": max_effort,
                "modified": modified,
                "course": course,
                "image": image,
                "video": video,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_image import CatalogImage
        from ..models.catalog_person import CatalogPerson
        from ..models.catalog_seat import CatalogSeat
        from ..models.catalog_video import CatalogVideo

        d = dict(src_dict)
        key = d.pop("key")

        title = d.pop("title")

        def _parse_short_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        short_description = _parse_short_description(d.pop("short_description"))

        def _parse_full_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        full_description = _parse_full_description(d.pop("full_description"))

        def _parse_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start = _parse_start(d.pop("start"))

        def _parse_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end = _parse_end(d.pop("end"))

        def _parse_enrollment_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_start_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        enrollment_start = _parse_enrollment_start(d.pop("enrollment_start"))

        def _parse_enrollment_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_end_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        enrollment_end = _parse_enrollment_end(d.pop("enrollment_end"))

        def _parse_announcement(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                announcement_type_0 = datetime.datetime.fromisoformat(data)

                return announcement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        announcement = _parse_announcement(d.pop("announcement"))

        seats = []
        _seats = d.pop("seats")
        for seats_item_data in _seats:
            seats_item = CatalogSeat.from_dict(seats_item_data)

            seats.append(seats_item)

        def _parse_content_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content_language = _parse_content_language(d.pop("content_language"))

        transcript_languages = cast(list[str], d.pop("transcript_languages"))

        instructors = []
        _instructors = d.pop("instructors")
        for instructors_item_data in _instructors:
            instructors_item = CatalogPerson.from_dict(instructors_item_data)

            instructors.append(instructors_item)

        staff = []
        _staff = d.pop("staff")
        for staff_item_data in _staff:
            staff_item = CatalogPerson.from_dict(staff_item_data)

            staff.append(staff_item)

        def _parse_pacing_type(
            data: object,
        ) -> (
            CatalogCourseRunPacingTypeType1
            | CatalogCourseRunPacingTypeType2Type1
            | CatalogCourseRunPacingTypeType3Type1
            | None
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pacing_type_type_1 = CatalogCourseRunPacingTypeType1(data)

                return pacing_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pacing_type_type_2_type_1 = CatalogCourseRunPacingTypeType2Type1(data)

                return pacing_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pacing_type_type_3_type_1 = CatalogCourseRunPacingTypeType3Type1(data)

                return pacing_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CatalogCourseRunPacingTypeType1
                | CatalogCourseRunPacingTypeType2Type1
                | CatalogCourseRunPacingTypeType3Type1
                | None,
                data,
            )

        pacing_type = _parse_pacing_type(d.pop("pacing_type"))

        def _parse_min_effort(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                min_effort_type_0 = data
                if not (
                    isinstance(min_effort_type_0, int)
                    and not isinstance(min_effort_type_0, bool)
                ):
                    raise TypeError(
                        f"min_effort_type_0: expected an integer, got {type(min_effort_type_0).__name__}"
                    )

                return min_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        min_effort = _parse_min_effort(d.pop("min_effort"))

        def _parse_max_effort(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                max_effort_type_0 = data
                if not (
                    isinstance(max_effort_type_0, int)
                    and not isinstance(max_effort_type_0, bool)
                ):
                    raise TypeError(
                        f"max_effort_type_0: expected an integer, got {type(max_effort_type_0).__name__}"
                    )

                return max_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        max_effort = _parse_max_effort(d.pop("max_effort"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        course = d.pop("course")

        image = CatalogImage.from_dict(d.pop("image"))

        def _parse_video(data: object) -> CatalogVideo | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = CatalogVideo.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogVideo | None, data)

        video = _parse_video(d.pop("video"))

        catalog_course_run = cls(
            key=key,
            title=title,
            short_description=short_description,
            full_description=full_description,
            start=start,
            end=end,
            enrollment_start=enrollment_start,
            enrollment_end=enrollment_end,
            announcement=announcement,
            seats=seats,
            content_language=content_language,
            transcript_languages=transcript_languages,
            instructors=instructors,
            staff=staff,
            pacing_type=pacing_type,
            min_effort=min_effort,
            max_effort=max_effort,
            modified=modified,
            course=course,
            image=image,
            video=video,
        )

        catalog_course_run.additional_properties = d
        return catalog_course_run

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
