from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DiscussionUserStats")


@_attrs_define
class DiscussionUserStats:
    """A user's discussion activity in a course. The flag counts are null unless the caller has moderation privileges.

    Attributes:
        username (str): The user's username.
        threads (int): How many threads the user posted.
        responses (int): How many responses the user posted.
        replies (int): How many comments on responses the user posted.
        active_flags (int | None): How many of the user's posts carry a flag; null unless the caller has moderation
            privileges.
        inactive_flags (int | None): How many flags on the user's posts were cleared; null unless the caller has
            moderation privileges.
    """

    username: str
    threads: int
    responses: int
    replies: int
    active_flags: int | None
    inactive_flags: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        threads = self.threads

        responses = self.responses

        replies = self.replies

        active_flags: int | None
        active_flags = self.active_flags

        inactive_flags: int | None
        inactive_flags = self.inactive_flags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "threads": threads,
                "responses": responses,
                "replies": replies,
                "active_flags": active_flags,
                "inactive_flags": inactive_flags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        threads = d.pop("threads")
        if not (isinstance(threads, int) and not isinstance(threads, bool)):
            raise TypeError(
                f"threads: expected an integer, got {type(threads).__name__}"
            )

        responses = d.pop("responses")
        if not (isinstance(responses, int) and not isinstance(responses, bool)):
            raise TypeError(
                f"responses: expected an integer, got {type(responses).__name__}"
            )

        replies = d.pop("replies")
        if not (isinstance(replies, int) and not isinstance(replies, bool)):
            raise TypeError(
                f"replies: expected an integer, got {type(replies).__name__}"
            )

        def _parse_active_flags(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                active_flags_type_0 = data
                if not (
                    isinstance(active_flags_type_0, int)
                    and not isinstance(active_flags_type_0, bool)
                ):
                    raise TypeError(
                        f"active_flags_type_0: expected an integer, got {type(active_flags_type_0).__name__}"
                    )

                return active_flags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        active_flags = _parse_active_flags(d.pop("active_flags"))

        def _parse_inactive_flags(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                inactive_flags_type_0 = data
                if not (
                    isinstance(inactive_flags_type_0, int)
                    and not isinstance(inactive_flags_type_0, bool)
                ):
                    raise TypeError(
                        f"inactive_flags_type_0: expected an integer, got {type(inactive_flags_type_0).__name__}"
                    )

                return inactive_flags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        inactive_flags = _parse_inactive_flags(d.pop("inactive_flags"))

        discussion_user_stats = cls(
            username=username,
            threads=threads,
            responses=responses,
            replies=replies,
            active_flags=active_flags,
            inactive_flags=inactive_flags,
        )

        discussion_user_stats.additional_properties = d
        return discussion_user_stats

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
