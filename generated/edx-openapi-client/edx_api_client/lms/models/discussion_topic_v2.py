from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discussion_topic_v2_thread_counts import DiscussionTopicV2ThreadCounts


T = TypeVar("T", bound="DiscussionTopicV2")


@_attrs_define
class DiscussionTopicV2:
    """A discussion topic of a course, as version 2 of the topic listing gives it.

    Attributes:
        enabled_in_context (bool | Unset): Whether the topic is enabled in its context.
        id (str | Unset): The topic's unique id, specific to the discussion provider.
        name (str | Unset): The topic's name.
        thread_counts (DiscussionTopicV2ThreadCounts | Unset): The topic's thread counts, keyed by the type of thread
            (the doc types it as a string but describes a mapping).
        usage_key (str | Unset): The usage context of the topic.
    """

    enabled_in_context: bool | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    thread_counts: DiscussionTopicV2ThreadCounts | Unset = UNSET
    usage_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled_in_context = self.enabled_in_context

        id = self.id

        name = self.name

        thread_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thread_counts, Unset):
            thread_counts = self.thread_counts.to_dict()

        usage_key = self.usage_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled_in_context is not UNSET:
            field_dict["enabled_in_context"] = enabled_in_context
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if thread_counts is not UNSET:
            field_dict["thread_counts"] = thread_counts
        if usage_key is not UNSET:
            field_dict["usage_key"] = usage_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_topic_v2_thread_counts import (
            DiscussionTopicV2ThreadCounts,
        )

        d = dict(src_dict)
        enabled_in_context = d.pop("enabled_in_context", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _thread_counts = d.pop("thread_counts", UNSET)
        thread_counts: DiscussionTopicV2ThreadCounts | Unset
        if isinstance(_thread_counts, Unset):
            thread_counts = UNSET
        else:
            thread_counts = DiscussionTopicV2ThreadCounts.from_dict(_thread_counts)

        usage_key = d.pop("usage_key", UNSET)

        discussion_topic_v2 = cls(
            enabled_in_context=enabled_in_context,
            id=id,
            name=name,
            thread_counts=thread_counts,
            usage_key=usage_key,
        )

        discussion_topic_v2.additional_properties = d
        return discussion_topic_v2

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
