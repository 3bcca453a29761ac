from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ora_staff_grader_course_metadata import OraStaffGraderCourseMetadata
    from ..models.ora_staff_grader_initialize_submissions import (
        OraStaffGraderInitializeSubmissions,
    )
    from ..models.ora_staff_grader_ora_metadata import OraStaffGraderOraMetadata


T = TypeVar("T", bound="OraStaffGraderInitialize")


@_attrs_define
class OraStaffGraderInitialize:
    """Everything the staff grading app needs to start on one assessment: the course's header data, the assessment's
    configuration and rubric, the submissions, and whether the app is turned on.

        Attributes:
            course_metadata (None | OraStaffGraderCourseMetadata): The course's header data; null when the course has no
                overview.
            ora_metadata (OraStaffGraderOraMetadata): The open response assessment's configuration.
            submissions (OraStaffGraderInitializeSubmissions): A summary of every submission to the assessment, keyed by
                submission (or team submission) UUID.
            is_enabled (bool): Whether the enhanced staff grader is turned on for the course; always false for a team
                assessment.
    """

    course_metadata: None | OraStaffGraderCourseMetadata
    ora_metadata: OraStaffGraderOraMetadata
    submissions: OraStaffGraderInitializeSubmissions
    is_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ora_staff_grader_course_metadata import (
            OraStaffGraderCourseMetadata,
        )

        course_metadata: dict[str, Any] | None
        if isinstance(self.course_metadata, OraStaffGraderCourseMetadata):
            course_metadata = self.course_metadata.to_dict()
        else:
            course_metadata = self.course_metadata

        ora_metadata = self.ora_metadata.to_dict()

        submissions = self.submissions.to_dict()

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courseMetadata": course_metadata,
                "oraMetadata": ora_metadata,
                "submissions": submissions,
                "isEnabled": is_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_course_metadata import (
            OraStaffGraderCourseMetadata,
        )
        from ..models.ora_staff_grader_initialize_submissions import (
            OraStaffGraderInitializeSubmissions,
        )
        from ..models.ora_staff_grader_ora_metadata import OraStaffGraderOraMetadata

        d = dict(src_dict)

        def _parse_course_metadata(data: object) -> None | OraStaffGraderCourseMetadata:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                course_metadata_type_0 = OraStaffGraderCourseMetadata.from_dict(data)

                return course_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OraStaffGraderCourseMetadata, data)

        course_metadata = _parse_course_metadata(d.pop("courseMetadata"))

        ora_metadata = OraStaffGraderOraMetadata.from_dict(d.pop("oraMetadata"))

        submissions = OraStaffGraderInitializeSubmissions.from_dict(
            d.pop("submissions")
        )

        is_enabled = d.pop("isEnabled")
        if not (isinstance(is_enabled, bool)):
            raise TypeError(
                f"isEnabled: expected a boolean, got {type(is_enabled).__name__}"
            )

        ora_staff_grader_initialize = cls(
            course_metadata=course_metadata,
            ora_metadata=ora_metadata,
            submissions=submissions,
            is_enabled=is_enabled,
        )

        ora_staff_grader_initialize.additional_properties = d
        return ora_staff_grader_initialize

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
