from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edx_proctoring_attempt_status import EdxProctoringAttemptStatus

if TYPE_CHECKING:
    from ..models.edx_proctoring_attempt import EdxProctoringAttempt
    from ..models.edx_proctoring_exam import EdxProctoringExam
    from ..models.edx_proctoring_user import EdxProctoringUser


T = TypeVar("T", bound="EdxProctoringGroupedAttempt")


@_attrs_define
class EdxProctoringGroupedAttempt:
    """A learner's most recent attempt at an exam, with all their attempts at it.

    Attributes:
        id (int): The attempt's id.
        created (datetime.datetime): When the attempt was created.
        modified (datetime.datetime): When the attempt last changed.
        user (EdxProctoringUser): The learner an attempt or allowance belongs to.
        started_at (datetime.datetime | None): When the timer started; null before.
        completed_at (datetime.datetime | None): When the attempt was completed; null before.
        external_id (None | str): The attempt's id at the proctoring service, if any.
        status (EdxProctoringAttemptStatus): The status of an attempt. `eligible` to `ready_to_submit` are in progress;
            from `declined` on, an attempt cannot go back.
        proctored_exam (EdxProctoringExam): A timed or proctored exam: a subsection of a course with a time limit, as
            the plugin's exam serializer writes it.
        allowed_time_limit_mins (int | None): The minutes allowed, allowances included, once the attempt has started.
        attempt_code (None | str): The code the proctoring service knows the attempt by.
        is_sample_attempt (bool): Whether the attempt is a sample (practice) one.
        taking_as_proctored (bool): Whether the learner takes the exam proctored.
        review_policy_id (int | None): The id of the review policy in force when the attempt was made.
        is_status_acknowledged (bool): Whether the learner has acknowledged the review outcome.
        time_remaining_seconds (float | None): The seconds left: a whole number as stored when the timer was last
            stopped, or, when the attempt is read by its id, the fractional seconds left now (0 before the timer starts).
        is_resumable (bool): Whether the attempt may be resumed after an error.
        ready_to_resume (bool): Whether the attempt has been marked ready to resume.
        resumed (bool): Whether the attempt was resumed.
        all_attempts (list[EdxProctoringAttempt]): Every attempt of the learner at the exam.
    """

    id: int
    created: datetime.datetime
    modified: datetime.datetime
    user: EdxProctoringUser
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    external_id: None | str
    status: EdxProctoringAttemptStatus
    proctored_exam: EdxProctoringExam
    allowed_time_limit_mins: int | None
    attempt_code: None | str
    is_sample_attempt: bool
    taking_as_proctored: bool
    review_policy_id: int | None
    is_status_acknowledged: bool
    time_remaining_seconds: float | None
    is_resumable: bool
    ready_to_resume: bool
    resumed: bool
    all_attempts: list[EdxProctoringAttempt]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        user = self.user.to_dict()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        external_id: None | str
        external_id = self.external_id

        status = self.status.value

        proctored_exam = self.proctored_exam.to_dict()

        allowed_time_limit_mins: int | None
        allowed_time_limit_mins = self.allowed_time_limit_mins

        attempt_code: None | str
        attempt_code = self.attempt_code

        is_sample_attempt = self.is_sample_attempt

        taking_as_proctored = self.taking_as_proctored

        review_policy_id: int | None
        review_policy_id = self.review_policy_id

        is_status_acknowledged = self.is_status_acknowledged

        time_remaining_seconds: float | None
        time_remaining_seconds = self.time_remaining_seconds

        is_resumable = self.is_resumable

        ready_to_resume = self.ready_to_resume

        resumed = self.resumed

        all_attempts = []
        for all_attempts_item_data in self.all_attempts:
            all_attempts_item = all_attempts_item_data.to_dict()
            all_attempts.append(all_attempts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "modified": modified,
                "user": user,
                "started_at": started_at,
                "completed_at": completed_at,
                "external_id": external_id,
                "status": status,
                "proctored_exam": proctored_exam,
                "allowed_time_limit_mins": allowed_time_limit_mins,
                "attempt_code": attempt_code,
                "is_sample_attempt": is_sample_attempt,
                "taking_as_proctored": taking_as_proctored,
                "review_policy_id": review_policy_id,
                "is_status_acknowledged": is_status_acknowledged,
                "time_remaining_seconds": time_remaining_seconds,
                "is_resumable": is_resumable,
                "ready_to_resume": ready_to_resume,
                "resumed": resumed,
                "all_attempts": all_attempts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edx_proctoring_attempt import EdxProctoringAttempt
        from ..models.edx_proctoring_exam import EdxProctoringExam
        from ..models.edx_proctoring_user import EdxProctoringUser

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        user = EdxProctoringUser.from_dict(d.pop("user"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        status = EdxProctoringAttemptStatus(d.pop("status"))

        proctored_exam = EdxProctoringExam.from_dict(d.pop("proctored_exam"))

        def _parse_allowed_time_limit_mins(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                allowed_time_limit_mins_type_0 = data
                if not (
                    isinstance(allowed_time_limit_mins_type_0, int)
                    and not isinstance(allowed_time_limit_mins_type_0, bool)
                ):
                    raise TypeError(
                        f"allowed_time_limit_mins_type_0: expected an integer, got {type(allowed_time_limit_mins_type_0).__name__}"
                    )

                return allowed_time_limit_mins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        allowed_time_limit_mins = _parse_allowed_time_limit_mins(
            d.pop("allowed_time_limit_mins")
        )

        def _parse_attempt_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        attempt_code = _parse_attempt_code(d.pop("attempt_code"))

        is_sample_attempt = d.pop("is_sample_attempt")
        if not (isinstance(is_sample_attempt, bool)):
            raise TypeError(
                f"is_sample_attempt: expected a boolean, got {type(is_sample_attempt).__name__}"
            )

        taking_as_proctored = d.pop("taking_as_proctored")
        if not (isinstance(taking_as_proctored, bool)):
            raise TypeError(
                f"taking_as_proctored: expected a boolean, got {type(taking_as_proctored).__name__}"
            )

        def _parse_review_policy_id(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                review_policy_id_type_0 = data
                if not (
                    isinstance(review_policy_id_type_0, int)
                    and not isinstance(review_policy_id_type_0, bool)
                ):
                    raise TypeError(
                        f"review_policy_id_type_0: expected an integer, got {type(review_policy_id_type_0).__name__}"
                    )

                return review_policy_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        review_policy_id = _parse_review_policy_id(d.pop("review_policy_id"))

        is_status_acknowledged = d.pop("is_status_acknowledged")
        if not (isinstance(is_status_acknowledged, bool)):
            raise TypeError(
                f"is_status_acknowledged: expected a boolean, got {type(is_status_acknowledged).__name__}"
            )

        def _parse_time_remaining_seconds(data: object) -> float | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                time_remaining_seconds_type_0 = data
                if not (
                    isinstance(time_remaining_seconds_type_0, (int, float))
                    and not isinstance(time_remaining_seconds_type_0, bool)
                ):
                    raise TypeError(
                        f"time_remaining_seconds_type_0: expected a number, got {type(time_remaining_seconds_type_0).__name__}"
                    )

                return time_remaining_seconds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None, data)

        time_remaining_seconds = _parse_time_remaining_seconds(
            d.pop("time_remaining_seconds")
        )

        is_resumable = d.pop("is_resumable")
        if not (isinstance(is_resumable, bool)):
            raise TypeError(
                f"is_resumable: expected a boolean, got {type(is_resumable).__name__}"
            )

        ready_to_resume = d.pop("ready_to_resume")
        if not (isinstance(ready_to_resume, bool)):
            raise TypeError(
                f"ready_to_resume: expected a boolean, got {type(ready_to_resume).__name__}"
            )

        resumed = d.pop("resumed")
        if not (isinstance(resumed, bool)):
            raise TypeError(
                f"resumed: expected a boolean, got {type(resumed).__name__}"
            )

        all_attempts = []
        _all_attempts = d.pop("all_attempts")
        for all_attempts_item_data in _all_attempts:
            all_attempts_item = EdxProctoringAttempt.from_dict(all_attempts_item_data)

            all_attempts.append(all_attempts_item)

        edx_proctoring_grouped_attempt = cls(
            id=id,
            created=created,
            modified=modified,
            user=user,
            started_at=started_at,
            completed_at=completed_at,
            external_id=external_id,
            status=status,
            proctored_exam=proctored_exam,
            allowed_time_limit_mins=allowed_time_limit_mins,
            attempt_code=attempt_code,
            is_sample_attempt=is_sample_attempt,
            taking_as_proctored=taking_as_proctored,
            review_policy_id=review_policy_id,
            is_status_acknowledged=is_status_acknowledged,
            time_remaining_seconds=time_remaining_seconds,
            is_resumable=is_resumable,
            ready_to_resume=ready_to_resume,
            resumed=resumed,
            all_attempts=all_attempts,
        )

        edx_proctoring_grouped_attempt.additional_properties = d
        return edx_proctoring_grouped_attempt

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
