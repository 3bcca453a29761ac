from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.edx_proctoring_grouped_attempt import EdxProctoringGroupedAttempt
    from ..models.edx_proctoring_grouped_attempts_page_pagination_info import (
        EdxProctoringGroupedAttemptsPagePaginationInfo,
    )


T = TypeVar("T", bound="EdxProctoringGroupedAttemptsPage")


@_attrs_define
class EdxProctoringGroupedAttemptsPage:
    """A page of grouped attempts, paged by the plugin itself (not a DRF paginator).

    Attributes:
        proctored_exam_attempts (list[EdxProctoringGroupedAttempt]):
        pagination_info (EdxProctoringGroupedAttemptsPagePaginationInfo):
        attempt_url (str): The path of this list (without the page), to page through it.
    """

    proctored_exam_attempts: list[EdxProctoringGroupedAttempt]
    pagination_info: EdxProctoringGroupedAttemptsPagePaginationInfo
    attempt_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proctored_exam_attempts = []
        for proctored_exam_attempts_item_data in self.proctored_exam_attempts:
            proctored_exam_attempts_item = proctored_exam_attempts_item_data.to_dict()
            proctored_exam_attempts.append(proctored_exam_attempts_item)

        pagination_info = self.pagination_info.to_dict()

        attempt_url = self.attempt_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "proctored_exam_attempts": proctored_exam_attempts,
                "pagination_info": pagination_info,
                "attempt_url": attempt_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edx_proctoring_grouped_attempt import EdxProctoringGroupedAttempt
        from ..models.edx_proctoring_grouped_attempts_page_pagination_info import (
            EdxProctoringGroupedAttemptsPagePaginationInfo,
        )

        d = dict(src_dict)
        proctored_exam_attempts = []
        _proctored_exam_attempts = d.pop("proctored_exam_attempts")
        for proctored_exam_attempts_item_data in _proctored_exam_attempts:
            proctored_exam_attempts_item = EdxProctoringGroupedAttempt.from_dict(
                proctored_exam_attempts_item_data
            )

            proctored_exam_attempts.append(proctored_exam_attempts_item)

        pagination_info = EdxProctoringGroupedAttemptsPagePaginationInfo.from_dict(
            d.pop("pagination_info")
        )

        attempt_url = d.pop("attempt_url")

        edx_proctoring_grouped_attempts_page = cls(
            proctored_exam_attempts=proctored_exam_attempts,
            pagination_info=pagination_info,
            attempt_url=attempt_url,
        )

        edx_proctoring_grouped_attempts_page.additional_properties = d
        return edx_proctoring_grouped_attempts_page

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
