from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edx_proctoring_attempt_status import EdxProctoringAttemptStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EdxProctoringAttemptData")


@_attrs_define
class EdxProctoringAttemptData:
    """The timer data of an attempt, as the exam timer of the courseware reads it.

    Attributes:
        in_timed_exam (bool): Always true here.
        taking_as_proctored (bool):
        exam_type (str): The kind of exam in words, translated (a proctored, timed, practice or onboarding exam).
        exam_display_name (str):
        exam_url_path (str): Where the exam is, in the courseware or the learning MFE.
        time_remaining_seconds (float): The seconds left now, with a fraction (0 before the timer starts).
        total_time (str): The time allowed, allowances included, in words.
        low_threshold_sec (int): The seconds left at which the timer warns.
        critically_low_threshold_sec (int): The seconds left at which the timer warns urgently.
        course_id (str):
        attempt_id (int):
        external_id (None | str):
        accessibility_time_string (str): The time left, as a sentence for screen readers.
        attempt_status (EdxProctoringAttemptStatus): The status of an attempt. `eligible` to `ready_to_submit` are in
            progress; from `declined` on, an attempt cannot go back.
        exam_started_poll_url (str): The path of the attempt, to poll its status.
        attempt_ready_to_resume (bool):
        use_legacy_attempt_api (bool): Always true (the attempt is kept by this plugin, not by edx-exams).
        desktop_application_js_url (str): The proctoring service's script, or empty for a timed exam.
        ping_interval (int | Unset): How often, in seconds, the proctoring software is pinged (proctored exams).
        attempt_code (None | str | Unset): The attempt's code at the proctoring service (proctored exams).
        software_download_url (str | Unset): Where to download the proctoring software, while the attempt has not
            started.
    """

    in_timed_exam: bool
    taking_as_proctored: bool
    exam_type: str
    exam_display_name: str
    exam_url_path: str
    time_remaining_seconds: float
    total_time: str
    low_threshold_sec: int
    critically_low_threshold_sec: int
    course_id: str
    attempt_id: int
    external_id: None | str
    accessibility_time_string: str
    attempt_status: EdxProctoringAttemptStatus
    exam_started_poll_url: str
    attempt_ready_to_resume: bool
    use_legacy_attempt_api: bool
    desktop_application_js_url: str
    ping_interval: int | Unset = UNSET
    attempt_code: None | str | Unset = UNSET
    software_download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_timed_exam = self.in_timed_exam

        taking_as_proctored = self.taking_as_proctored

        exam_type = self.exam_type

        exam_display_name = self.exam_display_name

        exam_url_path = self.exam_url_path

        time_remaining_seconds = self.time_remaining_seconds

        total_time = self.total_time

        low_threshold_sec = self.low_threshold_sec

        critically_low_threshold_sec = self.critically_low_threshold_sec

        course_id = self.course_id

        attempt_id = self.attempt_id

        external_id: None | str
        external_id = self.external_id

        accessibility_time_string = self.accessibility_time_string

        attempt_status = self.attempt_status.value

        exam_started_poll_url = self.exam_started_poll_url

        attempt_ready_to_resume = self.attempt_ready_to_resume

        use_legacy_attempt_api = self.use_legacy_attempt_api

        desktop_application_js_url = self.desktop_application_js_url

        ping_interval = self.ping_interval

        attempt_code: None | str | Unset
        if isinstance(self.attempt_code, Unset):
            attempt_code = UNSET
        else:
            attempt_code = self.attempt_code

        software_download_url = self.software_download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in_timed_exam": in_timed_exam,
                "taking_as_proctored": taking_as_proctored,
                "exam_type": exam_type,
                "exam_display_name": exam_display_name,
                "exam_url_path": exam_url_path,
                "time_remaining_seconds": time_remaining_seconds,
                "total_time": total_time,
                "low_threshold_sec": low_threshold_sec,
                "critically_low_threshold_sec": critically_low_threshold_sec,
                "course_id": course_id,
                "attempt_id": attempt_id,
                "external_id": external_id,
                "accessibility_time_string": accessibility_time_string,
                "attempt_status": attempt_status,
                "exam_started_poll_url": exam_started_poll_url,
                "attempt_ready_to_resume": attempt_ready_to_resume,
                "use_legacy_attempt_api": use_legacy_attempt_api,
                "desktop_application_js_url": desktop_application_js_url,
            }
        )
        if ping_interval is not UNSET:
            field_dict["ping_interval"] = ping_interval
        if attempt_code is not UNSET:
            field_dict["attempt_code"] = attempt_code
        if software_download_url is not UNSET:
            field_dict["software_download_url"] = software_download_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        in_timed_exam = d.pop("in_timed_exam")
        if not (isinstance(in_timed_exam, bool)):
            raise TypeError(
                f"in_timed_exam: expected a boolean, got {type(in_timed_exam).__name__}"
            )

        taking_as_proctored = d.pop("taking_as_proctored")
        if not (isinstance(taking_as_proctored, bool)):
            raise TypeError(
                f"taking_as_proctored: expected a boolean, got {type(taking_as_proctored).__name__}"
            )

        exam_type = d.pop("exam_type")

        exam_display_name = d.pop("exam_display_name")

        exam_url_path = d.pop("exam_url_path")

        time_remaining_seconds = d.pop("time_remaining_seconds")
        if not (
            isinstance(time_remaining_seconds, (int, float))
            and not isinstance(time_remaining_seconds, bool)
        ):
            raise TypeError(
                f"time_remaining_seconds: expected a number, got {type(time_remaining_seconds).__name__}"
            )

        total_time = d.pop("total_time")

        low_threshold_sec = d.pop("low_threshold_sec")
        if not (
            isinstance(low_threshold_sec, int)
            and not isinstance(low_threshold_sec, bool)
        ):
            raise TypeError(
                f"low_threshold_sec: expected an integer, got {type(low_threshold_sec).__name__}"
            )

        critically_low_threshold_sec = d.pop("critically_low_threshold_sec")
        if not (
            isinstance(critically_low_threshold_sec, int)
            and not isinstance(critically_low_threshold_sec, bool)
        ):
            raise TypeError(
                f"critically_low_threshold_sec: expected an integer, got {type(critically_low_threshold_sec).__name__}"
            )

        course_id = d.pop("course_id")

        attempt_id = d.pop("attempt_id")
        if not (isinstance(attempt_id, int) and not isinstance(attempt_id, bool)):
            raise TypeError(
                f"attempt_id: expected an integer, got {type(attempt_id).__name__}"
            )

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        accessibility_time_string = d.pop("accessibility_time_string")

        attempt_status = EdxProctoringAttemptStatus(d.pop("attempt_status"))

        exam_started_poll_url = d.pop("exam_started_poll_url")

        attempt_ready_to_resume = d.pop("attempt_ready_to_resume")
        if not (isinstance(attempt_ready_to_resume, bool)):
            raise TypeError(
                f"attempt_ready_to_resume: expected a boolean, got {type(attempt_ready_to_resume).__name__}"
            )

        use_legacy_attempt_api = d.pop("use_legacy_attempt_api")
        if not (isinstance(use_legacy_attempt_api, bool)):
            raise TypeError(
                f"use_legacy_attempt_api: expected a boolean, got {type(use_legacy_attempt_api).__name__}"
            )

        desktop_application_js_url = d.pop("desktop_application_js_url")

        ping_interval = d.pop("ping_interval", UNSET)
        if not isinstance(ping_interval, Unset) and not (
            isinstance(ping_interval, int) and not isinstance(ping_interval, bool)
        ):
            raise TypeError(
                f"ping_interval: expected an integer, got {type(ping_interval).__name__}"
            )

        def _parse_attempt_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attempt_code = _parse_attempt_code(d.pop("attempt_code", UNSET))

        software_download_url = d.pop("software_download_url", UNSET)

        edx_proctoring_attempt_data = cls(
            in_timed_exam=in_timed_exam,
            taking_as_proctored=taking_as_proctored,
            exam_type=exam_type,
            exam_display_name=exam_display_name,
            exam_url_path=exam_url_path,
            time_remaining_seconds=time_remaining_seconds,
            total_time=total_time,
            low_threshold_sec=low_threshold_sec,
            critically_low_threshold_sec=critically_low_threshold_sec,
            course_id=course_id,
            attempt_id=attempt_id,
            external_id=external_id,
            accessibility_time_string=accessibility_time_string,
            attempt_status=attempt_status,
            exam_started_poll_url=exam_started_poll_url,
            attempt_ready_to_resume=attempt_ready_to_resume,
            use_legacy_attempt_api=use_legacy_attempt_api,
            desktop_application_js_url=desktop_application_js_url,
            ping_interval=ping_interval,
            attempt_code=attempt_code,
            software_download_url=software_download_url,
        )

        edx_proctoring_attempt_data.additional_properties = d
        return edx_proctoring_attempt_data

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
