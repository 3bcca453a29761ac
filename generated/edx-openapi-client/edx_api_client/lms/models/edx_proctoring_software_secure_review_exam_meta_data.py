from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EdxProctoringSoftwareSecureReviewExamMetaData")


@_attrs_define
class EdxProctoringSoftwareSecureReviewExamMetaData:
    """
    Attributes:
        exam_code (str): The attempt's code.
        ssi_record_locator (str): The service's id of the attempt; must match the attempt's external id.
    """

    exam_code: str
    ssi_record_locator: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam_code = self.exam_code

        ssi_record_locator = self.ssi_record_locator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examCode": exam_code,
                "ssiRecordLocator": ssi_record_locator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exam_code = d.pop("examCode")

        ssi_record_locator = d.pop("ssiRecordLocator")

        edx_proctoring_software_secure_review_exam_meta_data = cls(
            exam_code=exam_code,
            ssi_record_locator=ssi_record_locator,
        )

        edx_proctoring_software_secure_review_exam_meta_data.additional_properties = d
        return edx_proctoring_software_secure_review_exam_meta_data

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
