from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.edx_proctoring_exam import EdxProctoringExam
    from ..models.edx_proctoring_user import EdxProctoringUser


T = TypeVar("T", bound="EdxProctoringAllowance")


@_attrs_define
class EdxProctoringAllowance:
    """An allowance a learner has at an exam: extra minutes or an exception to the review policy.

    Attributes:
        id (int):
        created (datetime.datetime):
        modified (datetime.datetime):
        user (EdxProctoringUser): The learner an attempt or allowance belongs to.
        key (str): The kind of allowance: `additional_time_granted` (minutes), `review_policy_exception`, or
            `time_multiplier` from a bulk update.
        value (str): The allowance's value, as text.
        proctored_exam (EdxProctoringExam): A timed or proctored exam: a subsection of a course with a time limit, as
            the plugin's exam serializer writes it.
    """

    id: int
    created: datetime.datetime
    modified: datetime.datetime
    user: EdxProctoringUser
    key: str
    value: str
    proctored_exam: EdxProctoringExam
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        user = self.user.to_dict()

        key = self.key

        value = self.value

        proctored_exam = self.proctored_exam.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "modified": modified,
                "user": user,
                "key": key,
                "value": value,
                "proctored_exam": proctored_exam,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edx_proctoring_exam import EdxProctoringExam
        from ..models.edx_proctoring_user import EdxProctoringUser

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        user = EdxProctoringUser.from_dict(d.pop("user"))

        key = d.pop("key")

        value = d.pop("value")

        proctored_exam = EdxProctoringExam.from_dict(d.pop("proctored_exam"))

        edx_proctoring_allowance = cls(
            id=id,
            created=created,
            modified=modified,
            user=user,
            key=key,
            value=value,
            proctored_exam=proctored_exam,
        )

        edx_proctoring_allowance.additional_properties = d
        return edx_proctoring_allowance

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
