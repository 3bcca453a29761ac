from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edx_proctoring_attempt_action_action import (
    EdxProctoringAttemptActionAction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EdxProctoringAttemptAction")


@_attrs_define
class EdxProctoringAttemptAction:
    """What to do with the attempt.

    Attributes:
        action (EdxProctoringAttemptActionAction): The action; the plugin fails on any other value.
        detail (str | Unset): With `error`, what failed (logged).
        user_id (int | Unset): The learner whose attempt it is, when course staff send `mark_ready_to_resume` for them;
            refused with 403 otherwise.
    """

    action: EdxProctoringAttemptActionAction
    detail: str | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        detail = self.detail

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = EdxProctoringAttemptActionAction(d.pop("action"))

        detail = d.pop("detail", UNSET)

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, Unset) and not (
            isinstance(user_id, int) and not isinstance(user_id, bool)
        ):
            raise TypeError(
                f"user_id: expected an integer, got {type(user_id).__name__}"
            )

        edx_proctoring_attempt_action = cls(
            action=action,
            detail=detail,
            user_id=user_id,
        )

        edx_proctoring_attempt_action.additional_properties = d
        return edx_proctoring_attempt_action

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
