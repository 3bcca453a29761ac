from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.discussion_topic_v2_thread_counts import DiscussionTopicV2ThreadCounts


T = TypeVar("T", bound="DiscussionTopicV2")


@_attrs_define
class DiscussionTopicV2:
    """A discussion topic of a course, as version 2 of the topic listing gives it.

    Attributes:
        enabled_in_context (bool): Whether the topic is enabled in its context.
        id (str): The topic's unique id, specific to the discussion provider.
        name (str): The topic's name.
        thread_counts (DiscussionTopicV2ThreadCounts): The topic's thread counts, keyed by the type of thread.
        usage_key (None | str): The usage context of the topic: the usage key of its unit, or null for a topic not
            linked to the courseware.
    """

    enabled_in_context: bool
    id: str
    name: str
    thread_counts: DiscussionTopicV2ThreadCounts
    usage_key: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled_in_context = self.enabled_in_context

        id = self.id

        name = self.name

        thread_counts = self.thread_counts.to_dict()

        usage_key: None | str
        usage_key = self.usage_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled_in_context": enabled_in_context,
                "id": id,
                "name": name,
                "thread_counts": thread_counts,
                "usage_key": usage_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_topic_v2_thread_counts import (
            DiscussionTopicV2ThreadCounts,
        )

        d = dict(src_dict)
        enabled_in_context = d.pop("enabled_in_context")
        if not (isinstance(enabled_in_context, bool)):
            raise TypeError(
                f"enabled_in_context: expected a boolean, got {type(enabled_in_context).__name__}"
            )

        id = d.pop("id")

        name = d.pop("name")

        thread_counts = DiscussionTopicV2ThreadCounts.from_dict(d.pop("thread_counts"))

        def _parse_usage_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        usage_key = _parse_usage_key(d.pop("usage_key"))

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
