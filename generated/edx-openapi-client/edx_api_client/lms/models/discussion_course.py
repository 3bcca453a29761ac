from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discussion_blackout import DiscussionBlackout
    from ..models.discussion_reason import DiscussionReason


T = TypeVar("T", bound="DiscussionCourse")


@_attrs_define
class DiscussionCourse:
    """The general discussion metadata of a course.

    Attributes:
        allow_anonymous (bool): Whether anonymous posts are allowed.
        allow_anonymous_to_peers (bool): Whether posts that are anonymous to peers (but not to staff) are allowed.
        blackouts (list[DiscussionBlackout]): The blackout periods of the course's discussions.
        edit_reasons (list[DiscussionReason]): The reasons that can be given for editing a post.
        enable_in_context (bool): Whether in-context discussions are enabled for the course.
        following_thread_list_url (str): The `thread_list_url` with the parameter `following=True` added.
        group_at_subsection (bool): Whether discussions are grouped at the subsection level.
        id (str): The course's identifier.
        post_close_reasons (list[DiscussionReason]): The reasons that can be given for closing a post.
        provider (str): The discussion provider that the course uses.
        thread_list_url (str): The URL that lists every thread of the course.
        topics_url (str): The URL of the course's topic listing.
        user_is_privileged (bool): Whether the requesting user holds a privileged forum role.
        user_roles (list[str] | Unset): Role names, by the field's name the requesting user's forum roles; the doc gives
            only the type, a list of strings.
    """

    allow_anonymous: bool
    allow_anonymous_to_peers: bool
    blackouts: list[DiscussionBlackout]
    edit_reasons: list[DiscussionReason]
    enable_in_context: bool
    following_thread_list_url: str
    group_at_subsection: bool
    id: str
    post_close_reasons: list[DiscussionReason]
    provider: str
    thread_list_url: str
    topics_url: str
    user_is_privileged: bool
    user_roles: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_anonymous = self.allow_anonymous

        allow_anonymous_to_peers = self.allow_anonymous_to_peers

        blackouts = []
        for blackouts_item_data in self.blackouts:
            blackouts_item = blackouts_item_data.to_dict()
            blackouts.append(blackouts_item)

        edit_reasons = []
        for edit_reasons_item_data in self.edit_reasons:
            edit_reasons_item = edit_reasons_item_data.to_dict()
            edit_reasons.append(edit_reasons_item)

        enable_in_context = self.enable_in_context

        following_thread_list_url = self.following_thread_list_url

        group_at_subsection = self.group_at_subsection

        id = self.id

        post_close_reasons = []
        for post_close_reasons_item_data in self.post_close_reasons:
            post_close_reasons_item = post_close_reasons_item_data.to_dict()
            post_close_reasons.append(post_close_reasons_item)

        provider = self.provider

        thread_list_url = self.thread_list_url

        topics_url = self.topics_url

        user_is_privileged = self.user_is_privileged

        user_roles: list[str] | Unset = UNSET
        if not isinstance(self.user_roles, Unset):
            user_roles = self.user_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_anonymous": allow_anonymous,
                "allow_anonymous_to_peers": allow_anonymous_to_peers,
                "blackouts": blackouts,
                "edit_reasons": edit_reasons,
                "enable_in_context": enable_in_context,
                "following_thread_list_url": following_thread_list_url,
                "group_at_subsection": group_at_subsection,
                "id": id,
                "post_close_reasons": post_close_reasons,
                "provider": provider,
                "thread_list_url": thread_list_url,
                "topics_url": topics_url,
                "user_is_privileged": user_is_privileged,
            }
        )
        if user_roles is not UNSET:
            field_dict["user_roles"] = user_roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_blackout import DiscussionBlackout
        from ..models.discussion_reason import DiscussionReason

        d = dict(src_dict)
        allow_anonymous = d.pop("allow_anonymous")

        allow_anonymous_to_peers = d.pop("allow_anonymous_to_peers")

        blackouts = []
        _blackouts = d.pop("blackouts")
        for blackouts_item_data in _blackouts:
            blackouts_item = DiscussionBlackout.from_dict(blackouts_item_data)

            blackouts.append(blackouts_item)

        edit_reasons = []
        _edit_reasons = d.pop("edit_reasons")
        for edit_reasons_item_data in _edit_reasons:
            edit_reasons_item = DiscussionReason.from_dict(edit_reasons_item_data)

            edit_reasons.append(edit_reasons_item)

        enable_in_context = d.pop("enable_in_context")

        following_thread_list_url = d.pop("following_thread_list_url")

        group_at_subsection = d.pop("group_at_subsection")

        id = d.pop("id")

        post_close_reasons = []
        _post_close_reasons = d.pop("post_close_reasons")
        for post_close_reasons_item_data in _post_close_reasons:
            post_close_reasons_item = DiscussionReason.from_dict(
                post_close_reasons_item_data
            )

            post_close_reasons.append(post_close_reasons_item)

        provider = d.pop("provider")

        thread_list_url = d.pop("thread_list_url")

        topics_url = d.pop("topics_url")

        user_is_privileged = d.pop("user_is_privileged")

        user_roles = cast(list[str], d.pop("user_roles", UNSET))

        discussion_course = cls(
            allow_anonymous=allow_anonymous,
            allow_anonymous_to_peers=allow_anonymous_to_peers,
            blackouts=blackouts,
            edit_reasons=edit_reasons,
            enable_in_context=enable_in_context,
            following_thread_list_url=following_thread_list_url,
            group_at_subsection=group_at_subsection,
            id=id,
            post_close_reasons=post_close_reasons,
            provider=provider,
            thread_list_url=thread_list_url,
            topics_url=topics_url,
            user_is_privileged=user_is_privileged,
            user_roles=user_roles,
        )

        discussion_course.additional_properties = d
        return discussion_course

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
