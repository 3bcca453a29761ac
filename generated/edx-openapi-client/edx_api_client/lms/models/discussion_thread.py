from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discussion_role_label import DiscussionRoleLabel
from ..models.discussion_thread_type import DiscussionThreadType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discussion_last_edit import DiscussionLastEdit
    from ..models.discussion_user_profiles import DiscussionUserProfiles


T = TypeVar("T", bound="DiscussionThread")


@_attrs_define
class DiscussionThread:
    """A discussion thread (a post), as the requesting user sees it.

    Attributes:
        id (str): The identifier of the thread or comment.
        author (None | str): The author's username, or null when the content is anonymous to the caller.
        author_label (DiscussionRoleLabel | None): The author's role in the course, or null when the author holds none
            or the content is anonymous.
        created_at (str): When it was created (ISO 8601), as the forum service sends it.
        updated_at (str): When it was last modified (ISO 8601), as the forum service sends it.
        raw_body (str): The body as written, before rendering.
        rendered_body (str): The body rendered to HTML.
        abuse_flagged (bool): Whether the caller flagged it (for moderators: whether anyone did).
        voted (bool): Whether the caller voted for it.
        vote_count (int): How many votes it has.
        editable_fields (list[str]): The fields the caller may change with a PATCH, sorted.
        can_delete (bool): Whether the caller may delete it.
        anonymous (bool): Whether it was posted anonymously.
        anonymous_to_peers (bool): Whether it was posted anonymously to other learners (not to staff).
        last_edit (DiscussionLastEdit | None): Its last edit, shown to its author and to moderators only.
        edit_by_label (DiscussionRoleLabel | None): The role in the course of whoever edited it last, shown to its
            author and to moderators only.
        course_id (str): The key of the thread's course.
        topic_id (str): The topic the thread is posted in.
        group_name (None | str): The name of that group, or null.
        type_ (DiscussionThreadType): The thread's type.
        preview_body (str): The rendered body as plain text, for previews.
        abuse_flagged_count (int | None): How many flags the thread and its comments hold; null unless the caller has
            moderation privileges.
        title (str): The thread's title.
        pinned (bool): Whether the thread is pinned.
        following (bool): Whether the caller follows the thread.
        comment_count (int): How many contributions the thread holds: the post itself, its responses and their comments.
        unread_comment_count (int): How many of them the caller has not read.
        comment_list_url (None | str): The URL listing the thread's comments; null for a question, whose comments are
            listed by endorsement.
        endorsed_comment_list_url (None | str): The URL listing a question's endorsed responses; null for a discussion.
        non_endorsed_comment_list_url (None | str): The URL listing a question's other responses; null for a discussion.
        has_endorsed (bool): Whether a response of the thread is endorsed (a question is answered).
        close_reason (None | str): The label of that reason, shown to the author and to moderators only.
        closed_by (None | str): Who closed the thread, shown to the author and to moderators only.
        closed_by_label (DiscussionRoleLabel | None): The role in the course of who closed the thread, shown to the
            author and to moderators only.
        edit_reason_code (str | Unset): The reason code of its last edit, when the forum service sends one.
        group_id (int | None | Unset): The cohort group the thread is visible to, or null for everyone.
        closed (bool | Unset): Whether the thread is closed to new comments.
        read (bool | Unset): Whether the caller has read the thread.
        response_count (int | Unset): How many direct responses the thread has, when the forum service counted them.
        close_reason_code (str | Unset): The reason code given when the thread was closed, when there is one.
        users (DiscussionUserProfiles | Unset): The profiles of the users a thread or comment names, keyed by username.
    """

    id: str
    author: None | str
    author_label: DiscussionRoleLabel | None
    created_at: str
    updated_at: str
    raw_body: str
    rendered_body: str
    abuse_flagged: bool
    voted: bool
    vote_count: int
    editable_fields: list[str]
    can_delete: bool
    anonymous: bool
    anonymous_to_peers: bool
    last_edit: DiscussionLastEdit | None
    edit_by_label: DiscussionRoleLabel | None
    course_id: str
    topic_id: str
    group_name: None | str
    type_: DiscussionThreadType
    preview_body: str
    abuse_flagged_count: int | None
    title: str
    pinned: bool
    following: bool
    comment_count: int
    unread_comment_count: int
    comment_list_url: None | str
    endorsed_comment_list_url: None | str
    non_endorsed_comment_list_url: None | str
    has_endorsed: bool
    close_reason: None | str
    closed_by: None | str
    closed_by_label: DiscussionRoleLabel | None
    edit_reason_code: str | Unset = UNSET
    group_id: int | None | Unset = UNSET
    closed: bool | Unset = UNSET
    read: bool | Unset = UNSET
    response_count: int | Unset = UNSET
    close_reason_code: str | Unset = UNSET
    users: DiscussionUserProfiles | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.discussion_last_edit import DiscussionLastEdit

        id = self.id

        author: None | str
        author = self.author

        author_label: None | str
        if isinstance(self.author_label, DiscussionRoleLabel):
            author_label = self.author_label.value
        else:
            author_label = self.author_label

        created_at = self.created_at

        updated_at = self.updated_at

        raw_body = self.raw_body

        rendered_body = self.rendered_body

        abuse_flagged = self.abuse_flagged

        voted = self.voted

        vote_count = self.vote_count

        editable_fields = self.editable_fields

        can_delete = self.can_delete

        anonymous = self.anonymous

        anonymous_to_peers = self.anonymous_to_peers

        last_edit: dict[str, Any] | None
        if isinstance(self.last_edit, DiscussionLastEdit):
            last_edit = self.last_edit.to_dict()
        else:
            last_edit = self.last_edit

        edit_by_label: None | str
        if isinstance(self.edit_by_label, DiscussionRoleLabel):
            edit_by_label = self.edit_by_label.value
        else:
            edit_by_label = self.edit_by_label

        course_id = self.course_id

        topic_id = self.topic_id

        group_name: None | str
        group_name = self.group_name

        type_ = self.type_.value

        preview_body = self.preview_body

        abuse_flagged_count: int | None
        abuse_flagged_count = self.abuse_flagged_count

        title = self.title

        pinned = self.pinned

        following = self.following

        comment_count = self.comment_count

        unread_comment_count = self.unread_comment_count

        comment_list_url: None | str
        comment_list_url = self.comment_list_url

        endorsed_comment_list_url: None | str
        endorsed_comment_list_url = self.endorsed_comment_list_url

        non_endorsed_comment_list_url: None | str
        non_endorsed_comment_list_url = self.non_endorsed_comment_list_url

        has_endorsed = self.has_endorsed

        close_reason: None | str
        close_reason = self.close_reason

        closed_by: None | str
        closed_by = self.closed_by

        closed_by_label: None | str
        if isinstance(self.closed_by_label, DiscussionRoleLabel):
            closed_by_label = self.closed_by_label.value
        else:
            closed_by_label = self.closed_by_label

        edit_reason_code = self.edit_reason_code

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        closed = self.closed

        read = self.read

        response_count = self.response_count

        close_reason_code = self.close_reason_code

        users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "author": author,
                "author_label": author_label,
                "created_at": created_at,
                "updated_at": updated_at,
                "raw_body": raw_body,
                "rendered_body": rendered_body,
                "abuse_flagged": abuse_flagged,
                "voted": voted,
                "vote_count": vote_count,
                "editable_fields": editable_fields,
                "can_delete": can_delete,
                "anonymous": anonymous,
                "anonymous_to_peers": anonymous_to_peers,
                "last_edit": last_edit,
                "edit_by_label": edit_by_label,
                "course_id": course_id,
                "topic_id": topic_id,
                "group_name": group_name,
                "type": type_,
                "preview_body": preview_body,
                "abuse_flagged_count": abuse_flagged_count,
                "title": title,
                "pinned": pinned,
                "following": following,
                "comment_count": comment_count,
                "unread_comment_count": unread_comment_count,
                "comment_list_url": comment_list_url,
                "endorsed_comment_list_url": endorsed_comment_list_url,
                "non_endorsed_comment_list_url": non_endorsed_comment_list_url,
                "has_endorsed": has_endorsed,
                "close_reason": close_reason,
                "closed_by": closed_by,
                "closed_by_label": closed_by_label,
            }
        )
        if edit_reason_code is not UNSET:
            field_dict["edit_reason_code"] = edit_reason_code
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if closed is not UNSET:
            field_dict["closed"] = closed
        if read is not UNSET:
            field_dict["read"] = read
        if response_count is not UNSET:
            field_dict["response_count"] = response_count
        if close_reason_code is not UNSET:
            field_dict["close_reason_code"] = close_reason_code
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_last_edit import DiscussionLastEdit
        from ..models.discussion_user_profiles import DiscussionUserProfiles

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_author(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        author = _parse_author(d.pop("author"))

        def _parse_author_label(data: object) -> DiscussionRoleLabel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                author_label_type_0 = DiscussionRoleLabel(data)

                return author_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscussionRoleLabel | None, data)

        author_label = _parse_author_label(d.pop("author_label"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        raw_body = d.pop("raw_body")

        rendered_body = d.pop("rendered_body")

        abuse_flagged = d.pop("abuse_flagged")
        if not (isinstance(abuse_flagged, bool)):
            raise TypeError(
                f"abuse_flagged: expected a boolean, got {type(abuse_flagged).__name__}"
            )

        voted = d.pop("voted")
        if not (isinstance(voted, bool)):
            raise TypeError(f"voted: expected a boolean, got {type(voted).__name__}")

        vote_count = d.pop("vote_count")
        if not (isinstance(vote_count, int) and not isinstance(vote_count, bool)):
            raise TypeError(
                f"vote_count: expected an integer, got {type(vote_count).__name__}"
            )

        editable_fields = cast(list[str], d.pop("editable_fields"))

        can_delete = d.pop("can_delete")
        if not (isinstance(can_delete, bool)):
            raise TypeError(
                f"can_delete: expected a boolean, got {type(can_delete).__name__}"
            )

        anonymous = d.pop("anonymous")
        if not (isinstance(anonymous, bool)):
            raise TypeError(
                f"anonymous: expected a boolean, got {type(anonymous).__name__}"
            )

        anonymous_to_peers = d.pop("anonymous_to_peers")
        if not (isinstance(anonymous_to_peers, bool)):
            raise TypeError(
                f"anonymous_to_peers: expected a boolean, got {type(anonymous_to_peers).__name__}"
            )

        def _parse_last_edit(data: object) -> DiscussionLastEdit | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_edit_type_0 = DiscussionLastEdit.from_dict(data)

                return last_edit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscussionLastEdit | None, data)

        last_edit = _parse_last_edit(d.pop("last_edit"))

        def _parse_edit_by_label(data: object) -> DiscussionRoleLabel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                edit_by_label_type_0 = DiscussionRoleLabel(data)

                return edit_by_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscussionRoleLabel | None, data)

        edit_by_label = _parse_edit_by_label(d.pop("edit_by_label"))

        course_id = d.pop("course_id")

        topic_id = d.pop("topic_id")

        def _parse_group_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_name = _parse_group_name(d.pop("group_name"))

        type_ = DiscussionThreadType(d.pop("type"))

        preview_body = d.pop("preview_body")

        def _parse_abuse_flagged_count(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                abuse_flagged_count_type_0 = data
                if not (
                    isinstance(abuse_flagged_count_type_0, int)
                    and not isinstance(abuse_flagged_count_type_0, bool)
                ):
                    raise TypeError(
                        f"abuse_flagged_count_type_0: expected an integer, got {type(abuse_flagged_count_type_0).__name__}"
                    )

                return abuse_flagged_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        abuse_flagged_count = _parse_abuse_flagged_count(d.pop("abuse_flagged_count"))

        title = d.pop("title")

        pinned = d.pop("pinned")
        if not (isinstance(pinned, bool)):
            raise TypeError(f"pinned: expected a boolean, got {type(pinned).__name__}")

        following = d.pop("following")
        if not (isinstance(following, bool)):
            raise TypeError(
                f"following: expected a boolean, got {type(following).__name__}"
            )

        comment_count = d.pop("comment_count")
        if not (isinstance(comment_count, int) and not isinstance(comment_count, bool)):
            raise TypeError(
                f"comment_count: expected an integer, got {type(comment_count).__name__}"
            )

        unread_comment_count = d.pop("unread_comment_count")
        if not (
            isinstance(unread_comment_count, int)
            and not isinstance(unread_comment_count, bool)
        ):
            raise TypeError(
                f"unread_comment_count: expected an integer, got {type(unread_comment_count).__name__}"
            )

        def _parse_comment_list_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment_list_url = _parse_comment_list_url(d.pop("comment_list_url"))

        def _parse_endorsed_comment_list_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        endorsed_comment_list_url = _parse_endorsed_comment_list_url(
            d.pop("endorsed_comment_list_url")
        )

        def _parse_non_endorsed_comment_list_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        non_endorsed_comment_list_url = _parse_non_endorsed_comment_list_url(
            d.pop("non_endorsed_comment_list_url")
        )

        has_endorsed = d.pop("has_endorsed")
        if not (isinstance(has_endorsed, bool)):
            raise TypeError(
                f"has_endorsed: expected a boolean, got {type(has_endorsed).__name__}"
            )

        def _parse_close_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        close_reason = _parse_close_reason(d.pop("close_reason"))

        def _parse_closed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closed_by = _parse_closed_by(d.pop("closed_by"))

        def _parse_closed_by_label(data: object) -> DiscussionRoleLabel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_by_label_type_0 = DiscussionRoleLabel(data)

                return closed_by_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscussionRoleLabel | None, data)

        closed_by_label = _parse_closed_by_label(d.pop("closed_by_label"))

        edit_reason_code = d.pop("edit_reason_code", UNSET)

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                group_id_type_0 = data
                if not (
                    isinstance(group_id_type_0, int)
                    and not isinstance(group_id_type_0, bool)
                ):
                    raise TypeError(
                        f"group_id_type_0: expected an integer, got {type(group_id_type_0).__name__}"
                    )

                return group_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        closed = d.pop("closed", UNSET)
        if not isinstance(closed, Unset) and not (isinstance(closed, bool)):
            raise TypeError(f"closed: expected a boolean, got {type(closed).__name__}")

        read = d.pop("read", UNSET)
        if not isinstance(read, Unset) and not (isinstance(read, bool)):
            raise TypeError(f"read: expected a boolean, got {type(read).__name__}")

        response_count = d.pop("response_count", UNSET)
        if not isinstance(response_count, Unset) and not (
            isinstance(response_count, int) and not isinstance(response_count, bool)
        ):
            raise TypeError(
                f"response_count: expected an integer, got {type(response_count).__name__}"
            )

        close_reason_code = d.pop("close_reason_code", UNSET)

        _users = d.pop("users", UNSET)
        users: DiscussionUserProfiles | Unset
        if isinstance(_users, Unset):
            users = UNSET
        else:
            users = DiscussionUserProfiles.from_dict(_users)

        discussion_thread = cls(
            id=id,
            author=author,
            author_label=author_label,
            created_at=created_at,
            updated_at=updated_at,
            raw_body=raw_body,
            rendered_body=rendered_body,
            abuse_flagged=abuse_flagged,
            voted=voted,
            vote_count=vote_count,
            editable_fields=editable_fields,
            can_delete=can_delete,
            anonymous=anonymous,
            anonymous_to_peers=anonymous_to_peers,
            last_edit=last_edit,
            edit_by_label=edit_by_label,
            course_id=course_id,
            topic_id=topic_id,
            group_name=group_name,
            type_=type_,
            preview_body=preview_body,
            abuse_flagged_count=abuse_flagged_count,
            title=title,
            pinned=pinned,
            following=following,
            comment_count=comment_count,
            unread_comment_count=unread_comment_count,
            comment_list_url=comment_list_url,
            endorsed_comment_list_url=endorsed_comment_list_url,
            non_endorsed_comment_list_url=non_endorsed_comment_list_url,
            has_endorsed=has_endorsed,
            close_reason=close_reason,
            closed_by=closed_by,
            closed_by_label=closed_by_label,
            edit_reason_code=edit_reason_code,
            group_id=group_id,
            closed=closed,
            read=read,
            response_count=response_count,
            close_reason_code=close_reason_code,
            users=users,
        )

        discussion_thread.additional_properties = d
        return discussion_thread

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
