from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscussionLastEdit")


@_attrs_define
class DiscussionLastEdit:
    """The last edit of a thread or comment, as the forum service keeps it, with the label of its reason code added.

    Attributes:
        original_body (str | Unset): The body before the edit.
        reason_code (None | str | Unset): The reason code given for the edit, or null.
        reason (None | str | Unset): The label of that reason code, when it has one.
        editor_username (str | Unset): Who made the edit.
        created_at (str | Unset): When the edit was made (ISO 8601).
    """

    original_body: str | Unset = UNSET
    reason_code: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    editor_username: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_body = self.original_body

        reason_code: None | str | Unset
        if isinstance(self.reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = self.reason_code

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        editor_username = self.editor_username

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_body is not UNSET:
            field_dict["original_body"] = original_body
        if reason_code is not UNSET:
            field_dict["reason_code"] = reason_code
        if reason is not UNSET:
            field_dict["reason"] = reason
        if editor_username is not UNSET:
            field_dict["editor_username"] = editor_username
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_body = d.pop("original_body", UNSET)

        def _parse_reason_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason_code = _parse_reason_code(d.pop("reason_code", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        editor_username = d.pop("editor_username", UNSET)

        created_at = d.pop("created_at", UNSET)

        discussion_last_edit = cls(
            original_body=original_body,
            reason_code=reason_code,
            reason=reason,
            editor_username=editor_username,
            created_at=created_at,
        )

        discussion_last_edit.additional_properties = d
        return discussion_last_edit

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
