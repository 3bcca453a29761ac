from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_enroll_course_results_action import BulkEnrollCourseResultsAction

if TYPE_CHECKING:
    from ..models.bulk_enroll_result import BulkEnrollResult


T = TypeVar("T", bound="BulkEnrollCourseResults")


@_attrs_define
class BulkEnrollCourseResults:
    """The results of the bulk enrollment in one course.

    Attributes:
        action (BulkEnrollCourseResultsAction): The action taken.
        auto_enroll (bool): Whether automatic enrollment on registration was asked for.
        results (list[BulkEnrollResult]): One result per identifier of the request.
    """

    action: BulkEnrollCourseResultsAction
    auto_enroll: bool
    results: list[BulkEnrollResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        auto_enroll = self.auto_enroll

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "auto_enroll": auto_enroll,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_enroll_result import BulkEnrollResult

        d = dict(src_dict)
        action = BulkEnrollCourseResultsAction(d.pop("action"))

        auto_enroll = d.pop("auto_enroll")
        if not (isinstance(auto_enroll, bool)):
            raise TypeError(
                f"auto_enroll: expected a boolean, got {type(auto_enroll).__name__}"
            )

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = BulkEnrollResult.from_dict(results_item_data)

            results.append(results_item)

        bulk_enroll_course_results = cls(
            action=action,
            auto_enroll=auto_enroll,
            results=results,
        )

        bulk_enroll_course_results.additional_properties = d
        return bulk_enroll_course_results

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
