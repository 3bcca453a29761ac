from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerHomeCourseRun")


@_attrs_define
class LearnerHomeCourseRun:
    """The enrolled course run: its dates, state and links.

    Attributes:
        is_started (bool): Whether the run has started.
        is_archived (bool): Whether the run has ended.
        course_id (str): The run's course key.
        min_passing_grade (str): The lowest passing grade, a decimal number as text with two decimals ("0.50").
        start_date (datetime.datetime): When the run starts.
        advertised_start (None | str): The start as advertised, free text passed through as the course sets it, or null.
        end_date (datetime.datetime | None): When the run ends, or null when it has no end.
        home_url (str): The course's home page.
        marketing_url (None | str): The course's marketing page, or null.
        progress_url (str): The learner's progress page in the course.
        unenroll_url (str): The path that tells whether unenrolling is refunded.
        upgrade_url (None | str): The ecommerce page that upgrades the enrollment to verified, or null when no upgrade
            is sold.
        resume_url (None | str): Where the learner left off, or null when nothing is completed yet.
    """

    is_started: bool
    is_archived: bool
    course_id: str
    min_passing_grade: str
    start_date: datetime.datetime
    advertised_start: None | str
    end_date: datetime.datetime | None
    home_url: str
    marketing_url: None | str
    progress_url: str
    unenroll_url: str
    upgrade_url: None | str
    resume_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_started = self.is_started

        is_archived = self.is_archived

        course_id = self.course_id

        min_passing_grade = self.min_passing_grade

        start_date = self.start_date.isoformat()

        advertised_start: None | str
        advertised_start = self.advertised_start

        end_date: None | str
        if isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        home_url = self.home_url

        marketing_url: None | str
        marketing_url = self.marketing_url

        progress_url = self.progress_url

        unenroll_url = self.unenroll_url

        upgrade_url: None | str
        upgrade_url = self.upgrade_url

        resume_url: None | str
        resume_url = self.resume_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isStarted": is_started,
                "isArchived": is_archived,
                "courseId": course_id,
                "minPassingGrade": min_passing_grade,
                "startDate": start_date,
                "advertisedStart": advertised_start,
                "endDate": end_date,
                "homeUrl": home_url,
                "marketingUrl": marketing_url,
                "progressUrl": progress_url,
                "unenrollUrl": unenroll_url,
                "upgradeUrl": upgrade_url,
                "resumeUrl": resume_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_started = d.pop("isStarted")
        if not (isinstance(is_started, bool)):
            raise TypeError(
                f"isStarted: expected a boolean, got {type(is_started).__name__}"
            )

        is_archived = d.pop("isArchived")
        if not (isinstance(is_archived, bool)):
            raise TypeError(
                f"isArchived: expected a boolean, got {type(is_archived).__name__}"
            )

        course_id = d.pop("courseId")

        min_passing_grade = d.pop("minPassingGrade")

        start_date = datetime.datetime.fromisoformat(d.pop("startDate"))

        def _parse_advertised_start(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        advertised_start = _parse_advertised_start(d.pop("advertisedStart"))

        def _parse_end_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_date = _parse_end_date(d.pop("endDate"))

        home_url = d.pop("homeUrl")

        def _parse_marketing_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        marketing_url = _parse_marketing_url(d.pop("marketingUrl"))

        progress_url = d.pop("progressUrl")

        unenroll_url = d.pop("unenrollUrl")

        def _parse_upgrade_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        upgrade_url = _parse_upgrade_url(d.pop("upgradeUrl"))

        def _parse_resume_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resume_url = _parse_resume_url(d.pop("resumeUrl"))

        learner_home_course_run = cls(
            is_started=is_started,
            is_archived=is_archived,
            course_id=course_id,
            min_passing_grade=min_passing_grade,
            start_date=start_date,
            advertised_start=advertised_start,
            end_date=end_date,
            home_url=home_url,
            marketing_url=marketing_url,
            progress_url=progress_url,
            unenroll_url=unenroll_url,
            upgrade_url=upgrade_url,
            resume_url=resume_url,
        )

        learner_home_course_run.additional_properties = d
        return learner_home_course_run

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
