from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discussion_blackout import DiscussionBlackout
    from ..models.discussion_captcha_settings import DiscussionCaptchaSettings
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
        user_roles (list[str]): Role names: going by the field's name, the requesting user's forum roles.
        user_is_privileged (bool | Unset): Whether the requesting user holds a privileged forum role. The service does
            not send it; see has_moderation_privileges.
        is_posting_enabled (bool | Unset): Whether posting is open now, given the course's posting restrictions and
            blackout periods.
        has_bulk_delete_privileges (bool | Unset): Whether the requesting user may delete a learner's posts in bulk.
        has_moderation_privileges (bool | Unset): Whether the requesting user is a forum administrator, moderator or
            community TA.
        is_group_ta (bool | Unset): Whether the requesting user is a group moderator (a community TA of a cohort).
        is_user_admin (bool | Unset): Whether the requesting user is global staff.
        is_course_staff (bool | Unset): Whether the requesting user is on the course's staff.
        is_course_admin (bool | Unset): Whether the requesting user is an instructor of the course.
        show_discussions (bool | Unset): Whether the course's discussion tab is enabled for the requesting user.
        is_notify_all_learners_enabled (bool | Unset): Whether the requesting user may notify every learner of the
            course when posting.
        captcha_settings (DiscussionCaptchaSettings | Unset): Whether posting in the course needs a reCAPTCHA, and the
            site key to show one with.
        is_email_verified (bool | Unset): Whether the requesting user's account is active (its email address confirmed).
        only_verified_users_can_post (bool | Unset): Whether only users with a confirmed email address may post in the
            course.
        content_creation_rate_limited (bool | Unset): Whether the requesting user has posted too often lately and must
            wait before posting again.
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
    user_roles: list[str]
    user_is_privileged: bool | Unset = UNSET
    is_posting_enabled: bool | Unset = UNSET
    has_bulk_delete_privileges: bool | Unset = UNSET
    has_moderation_privileges: bool | Unset = UNSET
    is_group_ta: bool | Unset = UNSET
    is_user_admin: bool | Unset = UNSET
    is_course_staff: bool | Unset = UNSET
    is_course_admin: bool | Unset = UNSET
    show_discussions: bool | Unset = UNSET
    is_notify_all_learners_enabled: bool | Unset = UNSET
    captcha_settings: DiscussionCaptchaSettings | Unset = UNSET
    is_email_verified: bool | Unset = UNSET
    only_verified_users_can_post: bool | Unset = UNSET
    content_creation_rate_limited: bool | Unset = UNSET
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

        user_roles = self.user_roles

        user_is_privileged = self.user_is_privileged

        is_posting_enabled = self.is_posting_enabled

        has_bulk_delete_privileges = self.has_bulk_delete_privileges

        has_moderation_privileges = self.has_moderation_privileges

        is_group_ta = self.is_group_ta

        is_user_admin = self.is_user_admin

        is_course_staff = self.is_course_staff

        is_course_admin = self.is_course_admin

        show_discussions = self.show_discussions

        is_notify_all_learners_enabled = self.is_notify_all_learners_enabled

        captcha_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.captcha_settings, Unset):
            captcha_settings = self.captcha_settings.to_dict()

        is_email_verified = self.is_email_verified

        only_verified_users_can_post = self.only_verified_users_can_post

        content_creation_rate_limited = self.content_creation_rate_limited

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
                "user_roles": user_roles,
            }
        )
        if user_is_privileged is not UNSET:
            field_dict["user_is_privileged"] = user_is_privileged
        if is_posting_enabled is not UNSET:
            field_dict["is_posting_enabled"] = is_posting_enabled
        if has_bulk_delete_privileges is not UNSET:
            field_dict["has_bulk_delete_privileges"] = has_bulk_delete_privileges
        if has_moderation_privileges is not UNSET:
            field_dict["has_moderation_privileges"] = has_moderation_privileges
        if is_group_ta is not UNSET:
            field_dict["is_group_ta"] = is_group_ta
        if is_user_admin is not UNSET:
            field_dict["is_user_admin"] = is_user_admin
        if is_course_staff is not UNSET:
            field_dict["is_course_staff"] = is_course_staff
        if is_course_admin is not UNSET:
            field_dict["is_course_admin"] = is_course_admin
        if show_discussions is not UNSET:
            field_dict["show_discussions"] = show_discussions
        if is_notify_all_learners_enabled is not UNSET:
            field_dict["is_notify_all_learners_enabled"] = (
                is_notify_all_learners_enabled
            )
        if captcha_settings is not UNSET:
            field_dict["captcha_settings"] = captcha_settings
        if is_email_verified is not UNSET:
            field_dict["is_email_verified"] = is_email_verified
        if only_verified_users_can_post is not UNSET:
            field_dict["only_verified_users_can_post"] = only_verified_users_can_post
        if content_creation_rate_limited is not UNSET:
            field_dict["content_creation_rate_limited"] = content_creation_rate_limited

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_blackout import DiscussionBlackout
        from ..models.discussion_captcha_settings import DiscussionCaptchaSettings
        from ..models.discussion_reason import DiscussionReason

        d = dict(src_dict)
        allow_anonymous = d.pop("allow_anonymous")
        if not (isinstance(allow_anonymous, bool)):
            raise TypeError(
                f"allow_anonymous: expected a boolean, got {type(allow_anonymous).__name__}"
            )

        allow_anonymous_to_peers = d.pop("allow_anonymous_to_peers")
        if not (isinstance(allow_anonymous_to_peers, bool)):
            raise TypeError(
                f"allow_anonymous_to_peers: expected a boolean, got {type(allow_anonymous_to_peers).__name__}"
            )

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
        if not (isinstance(enable_in_context, bool)):
            raise TypeError(
                f"enable_in_context: expected a boolean, got {type(enable_in_context).__name__}"
            )

        following_thread_list_url = d.pop("following_thread_list_url")

        group_at_subsection = d.pop("group_at_subsection")
        if not (isinstance(group_at_subsection, bool)):
            raise TypeError(
                f"group_at_subsection: expected a boolean, got {type(group_at_subsection).__name__}"
            )

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

        user_roles = cast(list[str], d.pop("user_roles"))

        user_is_privileged = d.pop("user_is_privileged", UNSET)
        if not isinstance(user_is_privileged, Unset) and not (
            isinstance(user_is_privileged, bool)
        ):
            raise TypeError(
                f"user_is_privileged: expected a boolean, got {type(user_is_privileged).__name__}"
            )

        is_posting_enabled = d.pop("is_posting_enabled", UNSET)
        if not isinstance(is_posting_enabled, Unset) and not (
            isinstance(is_posting_enabled, bool)
        ):
            raise TypeError(
                f"is_posting_enabled: expected a boolean, got {type(is_posting_enabled).__name__}"
            )

        has_bulk_delete_privileges = d.pop("has_bulk_delete_privileges", UNSET)
        if not isinstance(has_bulk_delete_privileges, Unset) and not (
            isinstance(has_bulk_delete_privileges, bool)
        ):
            raise TypeError(
                f"has_bulk_delete_privileges: expected a boolean, got {type(has_bulk_delete_privileges).__name__}"
            )

        has_moderation_privileges = d.pop("has_moderation_privileges", UNSET)
        if not isinstance(has_moderation_privileges, Unset) and not (
            isinstance(has_moderation_privileges, bool)
        ):
            raise TypeError(
                f"has_moderation_privileges: expected a boolean, got {type(has_moderation_privileges).__name__}"
            )

        is_group_ta = d.pop("is_group_ta", UNSET)
        if not isinstance(is_group_ta, Unset) and not (isinstance(is_group_ta, bool)):
            raise TypeError(
                f"is_group_ta: expected a boolean, got {type(is_group_ta).__name__}"
            )

        is_user_admin = d.pop("is_user_admin", UNSET)
        if not isinstance(is_user_admin, Unset) and not (
            isinstance(is_user_admin, bool)
        ):
            raise TypeError(
                f"is_user_admin: expected a boolean, got {type(is_user_admin).__name__}"
            )

        is_course_staff = d.pop("is_course_staff", UNSET)
        if not isinstance(is_course_staff, Unset) and not (
            isinstance(is_course_staff, bool)
        ):
            raise TypeError(
                f"is_course_staff: expected a boolean, got {type(is_course_staff).__name__}"
            )

        is_course_admin = d.pop("is_course_admin", UNSET)
        if not isinstance(is_course_admin, Unset) and not (
            isinstance(is_course_admin, bool)
        ):
            raise TypeError(
                f"is_course_admin: expected a boolean, got {type(is_course_admin).__name__}"
            )

        show_discussions = d.pop("show_discussions", UNSET)
        if not isinstance(show_discussions, Unset) and not (
            isinstance(show_discussions, bool)
        ):
            raise TypeError(
                f"show_discussions: expected a boolean, got {type(show_discussions).__name__}"
            )

        is_notify_all_learners_enabled = d.pop("is_notify_all_learners_enabled", UNSET)
        if not isinstance(is_notify_all_learners_enabled, Unset) and not (
            isinstance(is_notify_all_learners_enabled, bool)
        ):
            raise TypeError(
                f"is_notify_all_learners_enabled: expected a boolean, got {type(is_notify_all_learners_enabled).__name__}"
            )

        _captcha_settings = d.pop("captcha_settings", UNSET)
        captcha_settings: DiscussionCaptchaSettings | Unset
        if isinstance(_captcha_settings, Unset):
            captcha_settings = UNSET
        else:
            captcha_settings = DiscussionCaptchaSettings.from_dict(_captcha_settings)

        is_email_verified = d.pop("is_email_verified", UNSET)
        if not isinstance(is_email_verified, Unset) and not (
            isinstance(is_email_verified, bool)
        ):
            raise TypeError(
                f"is_email_verified: expected a boolean, got {type(is_email_verified).__name__}"
            )

        only_verified_users_can_post = d.pop("only_verified_users_can_post", UNSET)
        if not isinstance(only_verified_users_can_post, Unset) and not (
            isinstance(only_verified_users_can_post, bool)
        ):
            raise TypeError(
                f"only_verified_users_can_post: expected a boolean, got {type(only_verified_users_can_post).__name__}"
            )

        content_creation_rate_limited = d.pop("content_creation_rate_limited", UNSET)
        if not isinstance(content_creation_rate_limited, Unset) and not (
            isinstance(content_creation_rate_limited, bool)
        ):
            raise TypeError(
                f"content_creation_rate_limited: expected a boolean, got {type(content_creation_rate_limited).__name__}"
            )

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
            user_roles=user_roles,
            user_is_privileged=user_is_privileged,
            is_posting_enabled=is_posting_enabled,
            has_bulk_delete_privileges=has_bulk_delete_privileges,
            has_moderation_privileges=has_moderation_privileges,
            is_group_ta=is_group_ta,
            is_user_admin=is_user_admin,
            is_course_staff=is_course_staff,
            is_course_admin=is_course_admin,
            show_discussions=show_discussions,
            is_notify_all_learners_enabled=is_notify_all_learners_enabled,
            captcha_settings=captcha_settings,
            is_email_verified=is_email_verified,
            only_verified_users_can_post=only_verified_users_can_post,
            content_creation_rate_limited=content_creation_rate_limited,
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
