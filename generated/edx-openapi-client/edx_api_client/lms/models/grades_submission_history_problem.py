from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grades_submission import GradesSubmission


T = TypeVar("T", bound="GradesSubmissionHistoryProblem")


@_attrs_define
class GradesSubmissionHistoryProblem:
    """One problem and the learner's submissions to it.

    Attributes:
        location (str | Unset): The problem's location.
        name (str | Unset): The problem's display name.
        submission_history (list[GradesSubmission] | Unset): The learner's submissions to the problem.
        data (Any | Unset): The problem's data.
    """

    location: str | Unset = UNSET
    name: str | Unset = UNSET
    submission_history: list[GradesSubmission] | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location = self.location

        name = self.name

        submission_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.submission_history, Unset):
            submission_history = []
            for submission_history_item_data in self.submission_history:
                submission_history_item = submission_history_item_data.to_dict()
                submission_history.append(submission_history_item)

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location
        if name is not UNSET:
            field_dict["name"] = name
        if submission_history is not UNSET:
            field_dict["submission_history"] = submission_history
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grades_submission import GradesSubmission

        d = dict(src_dict)
        location = d.pop("location", UNSET)

        name = d.pop("name", UNSET)

        _submission_history = d.pop("submission_history", UNSET)
        submission_history: list[GradesSubmission] | Unset = UNSET
        if _submission_history is not UNSET:
            submission_history = []
            for submission_history_item_data in _submission_history:
                submission_history_item = GradesSubmission.from_dict(
                    submission_history_item_data
                )

                submission_history.append(submission_history_item)

        data = d.pop("data", UNSET)

        grades_submission_history_problem = cls(
            location=location,
            name=name,
            submission_history=submission_history,
            data=data,
        )

        grades_submission_history_problem.additional_properties = d
        return grades_submission_history_problem

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
