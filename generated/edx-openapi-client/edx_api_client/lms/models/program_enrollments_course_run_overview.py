from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_enrollments_course_run_overview_course_run_status import (
    ProgramEnrollmentsCourseRunOverviewCourseRunStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_enrollments_due_date import ProgramEnrollmentsDueDate


T = TypeVar("T", bound="ProgramEnrollmentsCourseRunOverview")


@_attrs_define
class ProgramEnrollmentsCourseRunOverview:
    """A summary of one course run that the user is enrolled in.

    Attributes:
        course_run_id (str): The identifier of the course run.
        display_name (str): The course run's display name.
        course_run_url (str): The course run's absolute URL.
        course_run_status (ProgramEnrollmentsCourseRunOverviewCourseRunStatus): The user's status in the course run:
            `in_progress`, `upcoming` or `completed`.
        start_date (datetime.datetime | None): When the course run starts; null when it has no start date.
        end_date (datetime.datetime | None): When the course run ends; null when it has no end date.
        due_dates (list[ProgramEnrollmentsDueDate]): The course run's upcoming due dates. Always present in the
            platform's answer; empty unless the course run is in progress.
        emails_enabled (bool | Unset): Whether the user wants to receive the course's bulk emails. Present only when the
            bulk email feature is enabled both on the platform and for the course; absent otherwise.
        micromasters_title (str | Unset): The title of the MicroMasters program the course run belongs to; absent when
            it belongs to none.
        certificate_download_url (str | Unset): Where to download the user's certificate; absent when no certificate can
            be downloaded.
        resume_course_run_url (str | Unset): The absolute URL that returns the user to where they left off in the course
            run; absent when the user has made no progress.
    """

    course_run_id: str
    display_name: str
    course_run_url: str
    course_run_status: ProgramEnrollmentsCourseRunOverviewCourseRunStatus
    start_date: datetime.datetime | None
    end_date: datetime.datetime | None
    due_dates: list[ProgramEnrollmentsDueDate]
    emails_enabled: bool | Unset = UNSET
    micromasters_title: str | Unset = UNSET
    certificate_download_url: str | Unset = UNSET
    resume_course_run_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_run_id = self.course_run_id

        display_name = self.display_name

        course_run_url = self.course_run_url

        course_run_status = self.course_run_status.value

        start_date: None | str
        if isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str
        if isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        due_dates = []
        for due_dates_item_data in self.due_dates:
            due_dates_item = due_dates_item_data.to_dict()
            due_dates.append(due_dates_item)

        emails_enabled = self.emails_enabled

        micromasters_title = self.micromasters_title

        certificate_download_url = self.certificate_download_url

        resume_course_run_url = self.resume_course_run_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_run_id": course_run_id,
                "display_name": display_name,
                "course_run_url": course_run_url,
                "course_run_status": course_run_status,
                "start_date": start_date,
                "end_date": end_date,
                "due_dates": due_dates,
            }
        )
        if emails_enabled is not UNSET:
            field_dict["emails_enabled"] = emails_enabled
        if micromasters_title is not UNSET:
            field_dict["micromasters_title"] = micromasters_title
        if certificate_download_url is not UNSET:
            field_dict["certificate_download_url"] = certificate_download_url
        if resume_course_run_url is not UNSET:
            field_dict["resume_course_run_url"] = resume_course_run_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.program_enrollments_due_date import ProgramEnrollmentsDueDate

        d = dict(src_dict)
        course_run_id = d.pop("course_run_id")

        display_name = d.pop("display_name")

        course_run_url = d.pop("course_run_url")

        course_run_status = ProgramEnrollmentsCourseRunOverviewCourseRunStatus(
            d.pop("course_run_status")
        )

        def _parse_start_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

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

        end_date = _parse_end_date(d.pop("end_date"))

        due_dates = []
        _due_dates = d.pop("due_dates")
        for due_dates_item_data in _due_dates:
            due_dates_item = ProgramEnrollmentsDueDate.from_dict(due_dates_item_data)

            due_dates.append(due_dates_item)

        emails_enabled = d.pop("emails_enabled", UNSET)
        if not isinstance(emails_enabled, Unset) and not (
            isinstance(emails_enabled, bool)
        ):
            raise TypeError(
                f"emails_enabled: expected a boolean, got {type(emails_enabled).__name__}"
            )

        micromasters_title = d.pop("micromasters_title", UNSET)

        certificate_download_url = d.pop("certificate_download_url", UNSET)

        resume_course_run_url = d.pop("resume_course_run_url", UNSET)

        program_enrollments_course_run_overview = cls(
            course_run_id=course_run_id,
            display_name=display_name,
            course_run_url=course_run_url,
            course_run_status=course_run_status,
            start_date=start_date,
            end_date=end_date,
            due_dates=due_dates,
            emails_enabled=emails_enabled,
            micromasters_title=micromasters_title,
            certificate_download_url=certificate_download_url,
            resume_course_run_url=resume_course_run_url,
        )

        program_enrollments_course_run_overview.additional_properties = d
        return program_enrollments_course_run_overview

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
