from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discussion_thread_create_request_type import (
    DiscussionThreadCreateRequestType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscussionThreadCreateRequest")


@_attrs_define
class DiscussionThreadCreateRequest:
    """A new thread.

    Attributes:
        course_id (str): The course to post the thread in.
        topic_id (str): The topic to post the thread in.
        type_ (DiscussionThreadCreateRequestType): The thread's type.
        title (str): The thread's title; not blank.
        raw_body (str): The thread's body; not blank.
        following (bool | Unset): Whether the caller follows the thread once it is posted (false by default).
        anonymous (bool | Unset): Whether the thread is anonymous (false by default; the course must allow it).
        anonymous_to_peers (bool | Unset): Whether the thread is anonymous to other learners (false by default; the
            course must allow it).
        group_id (int | None | Unset): The cohort group the thread is visible to; by default the caller's group in a
            divided topic.
        notify_all_learners (bool | Unset): Notify every learner of the course of the new thread (for staff and
            moderators).
        captcha_token (str | Unset): The reCAPTCHA token, required from learners when the course asks for one.
        enable_in_context_sidebar (bool | Unset): Whether the thread is posted from the in-context sidebar (for tracking
            only).
    """

    course_id: str
    topic_id: str
    type_: DiscussionThreadCreateRequestType
    title: str
    raw_body: str
    following: bool | Unset = UNSET
    anonymous: bool | Unset = UNSET
    anonymous_to_peers: bool | Unset = UNSET
    group_id: int | None | Unset = UNSET
    notify_all_learners: bool | Unset = UNSET
    captcha_token: str | Unset = UNSET
    enable_in_context_sidebar: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        topic_id = self.topic_id

        type_ = self.type_.value

        title = self.title

        raw_body = self.raw_body

        following = self.following

        anonymous = self.anonymous

        anonymous_to_peers = self.anonymous_to_peers

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        notify_all_learners = self.notify_all_learners

        captcha_token = self.captcha_token

        enable_in_context_sidebar = self.enable_in_context_sidebar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "topic_id": topic_id,
                "type": type_,
                "title": title,
                "raw_body": raw_body,
            }
        )
        if following is not UNSET:
            field_dict["following"] = following
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if anonymous_to_peers is not UNSET:
            field_dict["anonymous_to_peers"] = anonymous_to_peers
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if notify_all_learners is not UNSET:
            field_dict["notify_all_learners"] = notify_all_learners
        if captcha_token is not UNSET:
            field_dict["captcha_token"] = captcha_token
        if enable_in_context_sidebar is not UNSET:
            field_dict["enable_in_context_sidebar"] = enable_in_context_sidebar

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        topic_id = d.pop("topic_id")

        type_ = DiscussionThreadCreateRequestType(d.pop("type"))

        title = d.pop("title")

        raw_body = d.pop("raw_body")

        following = d.pop("following", UNSET)
        if not isinstance(following, Unset) and not (isinstance(following, bool)):
            raise TypeError(
                f"following: expected a boolean, got {type(following).__name__}"
            )

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

        notify_all_learners = d.pop("notify_all_learners", UNSET)
        if not isinstance(notify_all_learners, Unset) and not (
            isinstance(notify_all_learners, bool)
        ):
            raise TypeError(
                f"notify_all_learners: expected a boolean, got {type(notify_all_learners).__name__}"
            )

        captcha_token = d.pop("captcha_token", UNSET)

        enable_in_context_sidebar = d.pop("enable_in_context_sidebar", UNSET)
        if not isinstance(enable_in_context_sidebar, Unset) and not (
            isinstance(enable_in_context_sidebar, bool)
        ):
            raise TypeError(
                f"enable_in_context_sidebar: expected a boolean, got {type(enable_in_context_sidebar).__name__}"
            )

        discussion_thread_create_request = cls(
            course_id=course_id,
            topic_id=topic_id,
            type_=type_,
            title=title,
            raw_body=raw_body,
            following=following,
            anonymous=anonymous,
            anonymous_to_peers=anonymous_to_peers,
            group_id=group_id,
            notify_all_learners=notify_all_learners,
            captcha_token=captcha_token,
            enable_in_context_sidebar=enable_in_context_sidebar,
        )

        discussion_thread_create_request.additional_properties = d
        return discussion_thread_create_request

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
