from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscussionCommentCreateRequest")


@_attrs_define
class DiscussionCommentCreateRequest:
    """A new response to a thread, or comment on a response.

    Attributes:
        thread_id (str): The thread to post in.
        raw_body (str): The comment's body; not blank.
        parent_id (None | str | Unset): The response to comment on; null or absent for a response to the thread.
        anonymous (bool | Unset): Whether the comment is anonymous (false by default).
        anonymous_to_peers (bool | Unset): Whether the comment is anonymous to other learners (false by default).
        captcha_token (str | Unset): The reCAPTCHA token, required from learners when the course asks for one.
        enable_in_context_sidebar (bool | Unset): Whether the comment is posted from the in-context sidebar (for
            tracking only).
    """

    thread_id: str
    raw_body: str
    parent_id: None | str | Unset = UNSET
    anonymous: bool | Unset = UNSET
    anonymous_to_peers: bool | Unset = UNSET
    captcha_token: str | Unset = UNSET
    enable_in_context_sidebar: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        raw_body = self.raw_body

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        anonymous = self.anonymous

        anonymous_to_peers = self.anonymous_to_peers

        captcha_token = self.captcha_token

        enable_in_context_sidebar = self.enable_in_context_sidebar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thread_id": thread_id,
                "raw_body": raw_body,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if anonymous_to_peers is not UNSET:
            field_dict["anonymous_to_peers"] = anonymous_to_peers
        if captcha_token is not UNSET:
            field_dict["captcha_token"] = captcha_token
        if enable_in_context_sidebar is not UNSET:
            field_dict["enable_in_context_sidebar"] = enable_in_context_sidebar

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thread_id = d.pop("thread_id")

        raw_body = d.pop("raw_body")

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

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

        captcha_token = d.pop("captcha_token", UNSET)

        enable_in_context_sidebar = d.pop("enable_in_context_sidebar", UNSET)
        if not isinstance(enable_in_context_sidebar, Unset) and not (
            isinstance(enable_in_context_sidebar, bool)
        ):
            raise TypeError(
                f"enable_in_context_sidebar: expected a boolean, got {type(enable_in_context_sidebar).__name__}"
            )

        discussion_comment_create_request = cls(
            thread_id=thread_id,
            raw_body=raw_body,
            parent_id=parent_id,
            anonymous=anonymous,
            anonymous_to_peers=anonymous_to_peers,
            captcha_token=captcha_token,
            enable_in_context_sidebar=enable_in_context_sidebar,
        )

        discussion_comment_create_request.additional_properties = d
        return discussion_comment_create_request

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
