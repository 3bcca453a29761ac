from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discussion_role_label import DiscussionRoleLabel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discussion_last_edit import DiscussionLastEdit
    from ..models.discussion_profile_image import DiscussionProfileImage
    from ..models.discussion_user_profiles import DiscussionUserProfiles


T = TypeVar("T", bound="DiscussionComment")


@_attrs_define
class DiscussionComment:
    """A response to a thread, or a comment on a response, as the requesting user sees it.

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
        thread_id (str): The thread the comment belongs to.
        parent_id (None | str): The response this comment is on, or null for a response to the thread.
        endorsed_by (None | str): Who endorsed it, when known and not revealing an anonymous author; null outside a
            thread's listing.
        endorsed_by_label (DiscussionRoleLabel | None): The role in the course of who endorsed it, or null.
        endorsed_at (None | str): When it was endorsed (ISO 8601), or null.
        children (list[DiscussionComment]): The comments on this response, in the same shape, when the forum service
            sent them.
        abuse_flagged_any_user (bool | None): Whether anyone flagged it; null unless the caller has moderation
            privileges.
        profile_image (DiscussionProfileImage): A user's profile image: whether one was uploaded and its URLs by size,
            as the platform's accounts API gives them.
        edit_reason_code (str | Unset): The reason code of its last edit, when the forum service sends one.
        endorsed (bool | Unset): Whether the comment is endorsed.
        child_count (int | Unset): How many comments there are on this response.
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
    thread_id: str
    parent_id: None | str
    endorsed_by: None | str
    endorsed_by_label: DiscussionRoleLabel | None
    endorsed_at: None | str
    children: list[DiscussionComment]
    abuse_flagged_any_user: bool | None
    profile_image: DiscussionProfileImage
    edit_reason_code: str | Unset = UNSET
    endorsed: bool | Unset = UNSET
    child_count: int | Unset = UNSET
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

        thread_id = self.thread_id

        parent_id: None | str
        parent_id = self.parent_id

        endorsed_by: None | str
        endorsed_by = self.endorsed_by

        endorsed_by_label: None | str
        if isinstance(self.endorsed_by_label, DiscussionRoleLabel):
            endorsed_by_label = self.endorsed_by_label.value
        else:
            endorsed_by_label = self.endorsed_by_label

        endorsed_at: None | str
        endorsed_at = self.endorsed_at

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        abuse_flagged_any_user: bool | None
        abuse_flagged_any_user = self.abuse_flagged_any_user

        profile_image = self.profile_image.to_dict()

        edit_reason_code = self.edit_reason_code

        endorsed = self.endorsed

        child_count = self.child_count

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
                "thread_id": thread_id,
                "parent_id": parent_id,
                "endorsed_by": endorsed_by,
                "endorsed_by_label": endorsed_by_label,
                "endorsed_at": endorsed_at,
                "children": children,
                "abuse_flagged_any_user": abuse_flagged_any_user,
                "profile_image": profile_image,
            }
        )
        if edit_reason_code is not UNSET:
            field_dict["edit_reason_code"] = edit_reason_code
        if endorsed is not UNSET:
            field_dict["endorsed"] = endorsed
        if child_count is not UNSET:
            field_dict["child_count"] = child_count
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_last_edit import DiscussionLastEdit
        from ..models.discussion_profile_image import DiscussionProfileImage
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

        thread_id = d.pop("thread_id")

        def _parse_parent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        def _parse_endorsed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        endorsed_by = _parse_endorsed_by(d.pop("endorsed_by"))

        def _parse_endorsed_by_label(data: object) -> DiscussionRoleLabel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                endorsed_by_label_type_0 = DiscussionRoleLabel(data)

                return endorsed_by_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscussionRoleLabel | None, data)

        endorsed_by_label = _parse_endorsed_by_label(d.pop("endorsed_by_label"))

        def _parse_endorsed_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        endorsed_at = _parse_endorsed_at(d.pop("endorsed_at"))

        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = DiscussionComment.from_dict(children_item_data)

            children.append(children_item)

        def _parse_abuse_flagged_any_user(data: object) -> bool | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                abuse_flagged_any_user_type_0 = data
                if not (isinstance(abuse_flagged_any_user_type_0, bool)):
                    raise TypeError(
                        f"abuse_flagged_any_user_type_0: expected a boolean, got {type(abuse_flagged_any_user_type_0).__name__}"
                    )

                return abuse_flagged_any_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None, data)

        abuse_flagged_any_user = _parse_abuse_flagged_any_user(
            d.pop("abuse_flagged_any_user")
        )

        profile_image = DiscussionProfileImage.from_dict(d.pop("profile_image"))

        edit_reason_code = d.pop("edit_reason_code", UNSET)

        endorsed = d.pop("endorsed", UNSET)
        if not isinstance(endorsed, Unset) and not (isinstance(endorsed, bool)):
            raise TypeError(
                f"endorsed: expected a boolean, got {type(endorsed).__name__}"
            )

        child_count = d.pop("child_count", UNSET)
        if not isinstance(child_count, Unset) and not (
            isinstance(child_count, int) and not isinstance(child_count, bool)
        ):
            raise TypeError(
                f"child_count: expected an integer, got {type(child_count).__name__}"
            )

        _users = d.pop("users", UNSET)
        users: DiscussionUserProfiles | Unset
        if isinstance(_users, Unset):
            users = UNSET
        else:
            users = DiscussionUserProfiles.from_dict(_users)

        discussion_comment = cls(
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
            thread_id=thread_id,
            parent_id=parent_id,
            endorsed_by=endorsed_by,
            endorsed_by_label=endorsed_by_label,
            endorsed_at=endorsed_at,
            children=children,
            abuse_flagged_any_user=abuse_flagged_any_user,
            profile_image=profile_image,
            edit_reason_code=edit_reason_code,
            endorsed=endorsed,
            child_count=child_count,
            users=users,
        )

        discussion_comment.additional_properties = d
        return discussion_comment

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
