from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ora_staff_grader_submission_metadata_grade_status import (
    OraStaffGraderSubmissionMetadataGradeStatus,
)
from ..models.ora_staff_grader_submission_metadata_lock_status import (
    OraStaffGraderSubmissionMetadataLockStatus,
)

if TYPE_CHECKING:
    from ..models.ora_staff_grader_score import OraStaffGraderScore


T = TypeVar("T", bound="OraStaffGraderSubmissionMetadata")


@_attrs_define
class OraStaffGraderSubmissionMetadata:
    """The summary of one submission in the staff grader's list. For an individual assessment `teamName` is null; for a
    team assessment the learner fields are null.

        Attributes:
            submission_uuid (str): The submission's (or team submission's) UUID.
            username (None | str): The submitting learner's username.
            email (None | str): The submitting learner's email address.
            fullname (None | str): The submitting learner's full name.
            team_name (None | str): The submitting team's name; null for an individual submission.
            date_submitted (str): When the submission was made, as the ORA block writes the date (Python's text form of a
                date-time, with a space between date and time).
            date_graded (None | str): When the grading was completed, in the same text form; the ORA block writes the text
                `None` while the submission is not graded.
            graded_by (None | str): The username of the grader; null while ungraded.
            grade_status (OraStaffGraderSubmissionMetadataGradeStatus): Whether the submission has been graded.
            lock_status (OraStaffGraderSubmissionMetadataLockStatus): Whether the submission's grading lock is free
                (`unlocked`), held by another grader (`locked`) or held by the caller (`in-progress`).
            score (None | OraStaffGraderScore): The score given; null while the submission has none.
    """

    submission_uuid: str
    username: None | str
    email: None | str
    fullname: None | str
    team_name: None | str
    date_submitted: str
    date_graded: None | str
    graded_by: None | str
    grade_status: OraStaffGraderSubmissionMetadataGradeStatus
    lock_status: OraStaffGraderSubmissionMetadataLockStatus
    score: None | OraStaffGraderScore
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ora_staff_grader_score import OraStaffGraderScore

        submission_uuid = self.submission_uuid

        username: None | str
        username = self.username

        email: None | str
        email = self.email

        fullname: None | str
        fullname = self.fullname

        team_name: None | str
        team_name = self.team_name

        date_submitted = self.date_submitted

        date_graded: None | str
        date_graded = self.date_graded

        graded_by: None | str
        graded_by = self.graded_by

        grade_status = self.grade_status.value

        lock_status = self.lock_status.value

        score: dict[str, Any] | None
        if isinstance(self.score, OraStaffGraderScore):
            score = self.score.to_dict()
        else:
            score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submissionUUID": submission_uuid,
                "username": username,
                "email": email,
                "fullname": fullname,
                "teamName": team_name,
                "dateSubmitted": date_submitted,
                "dateGraded": date_graded,
                "gradedBy": graded_by,
                "gradeStatus": grade_status,
                "lockStatus": lock_status,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_score import OraStaffGraderScore

        d = dict(src_dict)
        submission_uuid = d.pop("submissionUUID")

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_fullname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fullname = _parse_fullname(d.pop("fullname"))

        def _parse_team_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_name = _parse_team_name(d.pop("teamName"))

        date_submitted = d.pop("dateSubmitted")

        def _parse_date_graded(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_graded = _parse_date_graded(d.pop("dateGraded"))

        def _parse_graded_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        graded_by = _parse_graded_by(d.pop("gradedBy"))

        grade_status = OraStaffGraderSubmissionMetadataGradeStatus(d.pop("gradeStatus"))

        lock_status = OraStaffGraderSubmissionMetadataLockStatus(d.pop("lockStatus"))

        def _parse_score(data: object) -> None | OraStaffGraderScore:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_type_0 = OraStaffGraderScore.from_dict(data)

                return score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OraStaffGraderScore, data)

        score = _parse_score(d.pop("score"))

        ora_staff_grader_submission_metadata = cls(
            submission_uuid=submission_uuid,
            username=username,
            email=email,
            fullname=fullname,
            team_name=team_name,
            date_submitted=date_submitted,
            date_graded=date_graded,
            graded_by=graded_by,
            grade_status=grade_status,
            lock_status=lock_status,
            score=score,
        )

        ora_staff_grader_submission_metadata.additional_properties = d
        return ora_staff_grader_submission_metadata

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
