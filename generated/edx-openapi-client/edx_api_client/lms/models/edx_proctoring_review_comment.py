from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EdxProctoringReviewComment")


@_attrs_define
class EdxProctoringReviewComment:
    """A reviewer's comment on a moment of the recording.

    Attributes:
        comment (str):
        status (str):
        start (int | Unset):
        stop (int | Unset):
        duration (int | Unset):
    """

    comment: str
    status: str
    start: int | Unset = UNSET
    stop: int | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        status = self.status

        start = self.start

        stop = self.stop

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment": comment,
                "status": status,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if stop is not UNSET:
            field_dict["stop"] = stop
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        comment = d.pop("comment")

        status = d.pop("status")

        start = d.pop("start", UNSET)
        if not isinstance(start, Unset) and not (
            isinstance(start, int) and not isinstance(start, bool)
        ):
            raise TypeError(f"start: expected an integer, got {type(start).__name__}")

        stop = d.pop("stop", UNSET)
        if not isinstance(stop, Unset) and not (
            isinstance(stop, int) and not isinstance(stop, bool)
        ):
            raise TypeError(f"stop: expected an integer, got {type(stop).__name__}")

        duration = d.pop("duration", UNSET)
        if not isinstance(duration, Unset) and not (
            isinstance(duration, int) and not isinstance(duration, bool)
        ):
            raise TypeError(
                f"duration: expected an integer, got {type(duration).__name__}"
            )

        edx_proctoring_review_comment = cls(
            comment=comment,
            status=status,
            start=start,
            stop=stop,
            duration=duration,
        )

        edx_proctoring_review_comment.additional_properties = d
        return edx_proctoring_review_comment

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
