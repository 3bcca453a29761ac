from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.learning_sequences_sequence_exam import LearningSequencesSequenceExam


T = TypeVar("T", bound="LearningSequencesSequence")


@_attrs_define
class LearningSequencesSequence:
    """A sequence (subsection) of the outline.

    Attributes:
        id (str): The sequence's usage key.
        title (str): The sequence's title.
        accessible (bool): Whether the user may open the sequence now (it may be visible but closed).
        inaccessible_after_due (bool): Whether the sequence closes once its due date has passed.
        start (datetime.datetime | None): The start date set on the sequence, if any.
        effective_start (datetime.datetime | None): When the sequence is actually released, if known.
        due (datetime.datetime | None): When the sequence is due, if it has a due date.
        exam (LearningSequencesSequenceExam | Unset): The user's special exam attempt data for the sequence (empty when
            there is none); present only where special exams are enabled on the platform.
    """

    id: str
    title: str
    accessible: bool
    inaccessible_after_due: bool
    start: datetime.datetime | None
    effective_start: datetime.datetime | None
    due: datetime.datetime | None
    exam: LearningSequencesSequenceExam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        accessible = self.accessible

        inaccessible_after_due = self.inaccessible_after_due

        start: None | str
        if isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        effective_start: None | str
        if isinstance(self.effective_start, datetime.datetime):
            effective_start = self.effective_start.isoformat()
        else:
            effective_start = self.effective_start

        due: None | str
        if isinstance(self.due, datetime.datetime):
            due = self.due.isoformat()
        else:
            due = self.due

        exam: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exam, Unset):
            exam = self.exam.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "accessible": accessible,
                "inaccessible_after_due": inaccessible_after_due,
                "start": start,
                "effective_start": effective_start,
                "due": due,
            }
        )
        if exam is not UNSET:
            field_dict["exam"] = exam

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learning_sequences_sequence_exam import (
            LearningSequencesSequenceExam,
        )

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        accessible = d.pop("accessible")
        if not (isinstance(accessible, bool)):
            raise TypeError(
                f"accessible: expected a boolean, got {type(accessible).__name__}"
            )

        inaccessible_after_due = d.pop("inaccessible_after_due")
        if not (isinstance(inaccessible_after_due, bool)):
            raise TypeError(
                f"inaccessible_after_due: expected a boolean, got {type(inaccessible_after_due).__name__}"
            )

        def _parse_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start = _parse_start(d.pop("start"))

        def _parse_effective_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_start_type_0 = datetime.datetime.fromisoformat(data)

                return effective_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        effective_start = _parse_effective_start(d.pop("effective_start"))

        def _parse_due(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_type_0 = datetime.datetime.fromisoformat(data)

                return due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due = _parse_due(d.pop("due"))

        _exam = d.pop("exam", UNSET)
        exam: LearningSequencesSequenceExam | Unset
        if isinstance(_exam, Unset):
            exam = UNSET
        else:
            exam = LearningSequencesSequenceExam.from_dict(_exam)

        learning_sequences_sequence = cls(
            id=id,
            title=title,
            accessible=accessible,
            inaccessible_after_due=inaccessible_after_due,
            start=start,
            effective_start=effective_start,
            due=due,
            exam=exam,
        )

        learning_sequences_sequence.additional_properties = d
        return learning_sequences_sequence

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
