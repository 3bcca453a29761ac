from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstructorReportProblemResponsesRequest")


@_attrs_define
class InstructorReportProblemResponsesRequest:
    """The problems to report on, and optionally the block types to keep.

    Attributes:
        problem_locations (list[str]): The usage keys of the blocks to include: sections or problems. A block that holds
            others brings in every block under it. At least one valid usage key is needed.
        problem_types_filter (list[str] | Unset): Optional. The block types to include; when given, only blocks of these
            types are reported. The prose calls it a comma-separated list.
    """

    problem_locations: list[str]
    problem_types_filter: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        problem_locations = self.problem_locations

        problem_types_filter: list[str] | Unset = UNSET
        if not isinstance(self.problem_types_filter, Unset):
            problem_types_filter = self.problem_types_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "problem_locations": problem_locations,
            }
        )
        if problem_types_filter is not UNSET:
            field_dict["problem_types_filter"] = problem_types_filter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        problem_locations = cast(list[str], d.pop("problem_locations"))

        problem_types_filter = cast(list[str], d.pop("problem_types_filter", UNSET))

        instructor_report_problem_responses_request = cls(
            problem_locations=problem_locations,
            problem_types_filter=problem_types_filter,
        )

        instructor_report_problem_responses_request.additional_properties = d
        return instructor_report_problem_responses_request

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
