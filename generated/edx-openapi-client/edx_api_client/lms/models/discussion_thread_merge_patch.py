from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.discussion_thread_merge_patch_type import DiscussionThreadMergePatchType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscussionThreadMergePatch")


@_attrs_define
class DiscussionThreadMergePatch:
    """The changes to a thread, as a JSON merge patch. The caller may only send the fields its `editable_fields` lists; the
    others answer 400.

        Attributes:
            topic_id (str | Unset): The topic to move the thread to.
            type_ (DiscussionThreadMergePatchType | Unset): The thread's new type.
            title (str | Unset): The thread's new title.
            raw_body (str | Unset): The thread's new body.
            anonymous (bool | Unset): Whether the thread is anonymous.
            anonymous_to_peers (bool | Unset): Whether the thread is anonymous to other learners.
            edit_reason_code (str | Unset): The reason code of this edit (moderators); one of the course's edit reasons.
            close_reason_code (str | Unset): The reason code for closing the thread (moderators); one of the course's close
                reasons.
            closed (bool | Unset): Close or reopen the thread (moderators).
            pinned (bool | Unset): Pin or unpin the thread (moderators).
            following (bool | Unset): Follow or stop following the thread.
            voted (bool | Unset): Vote for the thread, or take the vote back.
            abuse_flagged (bool | Unset): Flag the thread as abusive, or take the flag back.
            read (bool | Unset): Mark the thread read.
    """

    topic_id: str | Unset = UNSET
    type_: DiscussionThreadMergePatchType | Unset = UNSET
    title: str | Unset = UNSET
    raw_body: str | Unset = UNSET
    anonymous: bool | Unset = UNSET
    anonymous_to_peers: bool | Unset = UNSET
    edit_reason_code: str | Unset = UNSET
    close_reason_code: str | Unset = UNSET
    closed: bool | Unset = UNSET
    pinned: bool | Unset = UNSET
    following: bool | Unset = UNSET
    voted: bool | Unset = UNSET
    abuse_flagged: bool | Unset = UNSET
    read: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        topic_id = self.topic_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        title = self.title

        raw_body = self.raw_body

        anonymous = self.anonymous

        anonymous_to_peers = self.anonymous_to_peers

        edit_reason_code = self.edit_reason_code

        close_reason_code = self.close_reason_code

        closed = self.closed

        pinned = self.pinned

        following = self.following

        voted = self.voted

        abuse_flagged = self.abuse_flagged

        read = self.read

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if topic_id is not UNSET:
            field_dict["topic_id"] = topic_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if raw_body is not UNSET:
            field_dict["raw_body"] = raw_body
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if anonymous_to_peers is not UNSET:
            field_dict["anonymous_to_peers"] = anonymous_to_peers
        if edit_reason_code is not UNSET:
            field_dict["edit_reason_code"] = edit_reason_code
        if close_reason_code is not UNSET:
            field_dict["close_reason_code"] = close_reason_code
        if closed is not UNSET:
            field_dict["closed"] = closed
        if pinned is not UNSET:
            field_dict["pinned"] = pinned
        if following is not UNSET:
            field_dict["following"] = following
        if voted is not UNSET:
            field_dict["voted"] = voted
        if abuse_flagged is not UNSET:
            field_dict["abuse_flagged"] = abuse_flagged
        if read is not UNSET:
            field_dict["read"] = read

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        topic_id = d.pop("topic_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DiscussionThreadMergePatchType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DiscussionThreadMergePatchType(_type_)

        title = d.pop("title", UNSET)

        raw_body = d.pop("raw_body", UNSET)

        anonymous = d.pop("anonymous", UNSET)
        if not isinstance(anonymous, Unset) and not (isinstance(anonymous, bool)):
            raise TypeError(
                f"anonymous: expected a boolean, got {type(anonymous).__name__}"
            )

        anonymous_to_peers = d.pop("anonymous_to_peers", UNSET)
        if not isinstance(anonymous_to_peers, Unset) and not (
            isinstance(anonymous_to_peers, bool)
        ):
            raise TypeError(
                f"anonymous_to_peers: expected a boolean, got {type(anonymous_to_peers).__name__}"
            )

        edit_reason_code = d.pop("edit_reason_code", UNSET)

        close_reason_code = d.pop("close_reason_code", UNSET)

        closed = d.pop("closed", UNSET)
        if not isinstance(closed, Unset) and not (isinstance(closed, bool)):
            raise TypeError(f"closed: expected a boolean, got {type(closed).__name__}")

        pinned = d.pop("pinned", UNSET)
        if not isinstance(pinned, Unset) and not (isinstance(pinned, bool)):
            raise TypeError(f"pinned: expected a boolean, got {type(pinned).__name__}")

        following = d.pop("following", UNSET)
        if not isinstance(following, Unset) and not (isinstance(following, bool)):
            raise TypeError(
                f"following: expected a boolean, got {type(following).__name__}"
            )

        voted = d.pop("voted", UNSET)
        if not isinstance(voted, Unset) and not (isinstance(voted, bool)):
            raise TypeError(f"voted: expected a boolean, got {type(voted).__name__}")

        abuse_flagged = d.pop("abuse_flagged", UNSET)
        if not isinstance(abuse_flagged, Unset) and not (
            isinstance(abuse_flagged, bool)
        ):
            raise TypeError(
                f"abuse_flagged: expected a boolean, got {type(abuse_flagged).__name__}"
            )

        read = d.pop("read", UNSET)
        if not isinstance(read, Unset) and not (isinstance(read, bool)):
            raise TypeError(f"read: expected a boolean, got {type(read).__name__}")

        discussion_thread_merge_patch = cls(
            topic_id=topic_id,
            type_=type_,
            title=title,
            raw_body=raw_body,
            anonymous=anonymous,
            anonymous_to_peers=anonymous_to_peers,
            edit_reason_code=edit_reason_code,
            close_reason_code=close_reason_code,
            closed=closed,
            pinned=pinned,
            following=following,
            voted=voted,
            abuse_flagged=abuse_flagged,
            read=read,
        )

        return discussion_thread_merge_patch
