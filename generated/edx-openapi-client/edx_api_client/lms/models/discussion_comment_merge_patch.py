from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscussionCommentMergePatch")


@_attrs_define
class DiscussionCommentMergePatch:
    """The changes to a comment, as a JSON merge patch. The caller may only send the fields its `editable_fields` lists;
    the others answer 400.

        Attributes:
            raw_body (str | Unset): The comment's new body.
            anonymous (bool | Unset): Whether the comment is anonymous.
            anonymous_to_peers (bool | Unset): Whether the comment is anonymous to other learners.
            edit_reason_code (str | Unset): The reason code of this edit (moderators); one of the course's edit reasons.
            endorsed (bool | Unset): Endorse the response, or take the endorsement back.
            voted (bool | Unset): Vote for the comment, or take the vote back.
            abuse_flagged (bool | Unset): Flag the comment as abusive, or take the flag back.
    """

    raw_body: str | Unset = UNSET
    anonymous: bool | Unset = UNSET
    anonymous_to_peers: bool | Unset = UNSET
    edit_reason_code: str | Unset = UNSET
    endorsed: bool | Unset = UNSET
    voted: bool | Unset = UNSET
    abuse_flagged: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        raw_body = self.raw_body

        anonymous = self.anonymous

        anonymous_to_peers = self.anonymous_to_peers

        edit_reason_code = self.edit_reason_code

        endorsed = self.endorsed

        voted = self.voted

        abuse_flagged = self.abuse_flagged

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if raw_body is not UNSET:
            field_dict["raw_body"] = raw_body
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if anonymous_to_peers is not UNSET:
            field_dict["anonymous_to_peers"] = anonymous_to_peers
        if edit_reason_code is not UNSET:
            field_dict["edit_reason_code"] = edit_reason_code
        if endorsed is not UNSET:
            field_dict["endorsed"] = endorsed
        if voted is not UNSET:
            field_dict["voted"] = voted
        if abuse_flagged is not UNSET:
            field_dict["abuse_flagged"] = abuse_flagged

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        endorsed = d.pop("endorsed", UNSET)
        if not isinstance(endorsed, Unset) and not (isinstance(endorsed, bool)):
            raise TypeError(
                f"endorsed: expected a boolean, got {type(endorsed).__name__}"
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

        discussion_comment_merge_patch = cls(
            raw_body=raw_body,
            anonymous=anonymous,
            anonymous_to_peers=anonymous_to_peers,
            edit_reason_code=edit_reason_code,
            endorsed=endorsed,
            voted=voted,
            abuse_flagged=abuse_flagged,
        )

        return discussion_comment_merge_patch
