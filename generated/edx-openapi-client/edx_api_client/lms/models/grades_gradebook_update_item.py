from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.grades_grade_override_request import GradesGradeOverrideRequest


T = TypeVar("T", bound="GradesGradebookUpdateItem")


@_attrs_define
class GradesGradebookUpdateItem:
    """A grade override to make for one learner in one subsection.

    Attributes:
        user_id (int): The learner's user id.
        usage_id (str): The subsection's usage key.
        grade (GradesGradeOverrideRequest): The overriding scores of a subsection and why; the view hands these keys to
            the grade override it creates.
    """

    user_id: int
    usage_id: str
    grade: GradesGradeOverrideRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        usage_id = self.usage_id

        grade = self.grade.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "usage_id": usage_id,
                "grade": grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grades_grade_override_request import GradesGradeOverrideRequest

        d = dict(src_dict)
        user_id = d.pop("user_id")
        if not (isinstance(user_id, int) and not isinstance(user_id, bool)):
            raise TypeError(
                f"user_id: expected an integer, got {type(user_id).__name__}"
            )

        usage_id = d.pop("usage_id")

        grade = GradesGradeOverrideRequest.from_dict(d.pop("grade"))

        grades_gradebook_update_item = cls(
            user_id=user_id,
            usage_id=usage_id,
            grade=grade,
        )

        grades_gradebook_update_item.additional_properties = d
        return grades_gradebook_update_item

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
