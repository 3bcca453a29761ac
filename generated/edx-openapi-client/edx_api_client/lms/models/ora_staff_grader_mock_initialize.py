from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ora_staff_grader_mock_initialize_course_metadata import (
        OraStaffGraderMockInitializeCourseMetadata,
    )
    from ..models.ora_staff_grader_mock_initialize_ora_metadata import (
        OraStaffGraderMockInitializeOraMetadata,
    )
    from ..models.ora_staff_grader_mock_initialize_submissions import (
        OraStaffGraderMockInitializeSubmissions,
    )


T = TypeVar("T", bound="OraStaffGraderMockInitialize")


@_attrs_define
class OraStaffGraderMockInitialize:
    """The mock's initial app state: the three members its JSON data files hold for the assessment. Their content is the
    data files', not typed further here.

        Attributes:
            course_metadata (OraStaffGraderMockInitializeCourseMetadata): The course metadata stored for the assessment.
            ora_metadata (OraStaffGraderMockInitializeOraMetadata): The assessment metadata stored for it.
            submissions (OraStaffGraderMockInitializeSubmissions): The stored submissions, keyed by submission UUID, without
                their grade data.
    """

    course_metadata: OraStaffGraderMockInitializeCourseMetadata
    ora_metadata: OraStaffGraderMockInitializeOraMetadata
    submissions: OraStaffGraderMockInitializeSubmissions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_metadata = self.course_metadata.to_dict()

        ora_metadata = self.ora_metadata.to_dict()

        submissions = self.submissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courseMetadata": course_metadata,
                "oraMetadata": ora_metadata,
                "submissions": submissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_mock_initialize_course_metadata import (
            OraStaffGraderMockInitializeCourseMetadata,
        )
        from ..models.ora_staff_grader_mock_initialize_ora_metadata import (
            OraStaffGraderMockInitializeOraMetadata,
        )
        from ..models.ora_staff_grader_mock_initialize_submissions import (
            OraStaffGraderMockInitializeSubmissions,
        )

        d = dict(src_dict)
        course_metadata = OraStaffGraderMockInitializeCourseMetadata.from_dict(
            d.pop("courseMetadata")
        )

        ora_metadata = OraStaffGraderMockInitializeOraMetadata.from_dict(
            d.pop("oraMetadata")
        )

        submissions = OraStaffGraderMockInitializeSubmissions.from_dict(
            d.pop("submissions")
        )

        ora_staff_grader_mock_initialize = cls(
            course_metadata=course_metadata,
            ora_metadata=ora_metadata,
            submissions=submissions,
        )

        ora_staff_grader_mock_initialize.additional_properties = d
        return ora_staff_grader_mock_initialize

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
