from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discussion_topic_v3_entry_children_item import (
        DiscussionTopicV3EntryChildrenItem,
    )
    from ..models.discussion_topic_v3_entry_thread_counts import (
        DiscussionTopicV3EntryThreadCounts,
    )


T = TypeVar("T", bound="DiscussionTopicV3Entry")


@_attrs_define
class DiscussionTopicV3Entry:
    """An entry of the version 3 topic listing: either a topic not linked to the courseware (the version 2 fields,
    `courseware` false), or a section of the course (`courseware` true) with its display name, block id and URLs, whose
    `children` are its subsections, each holding in turn the topics of its units and their thread counts.

        Attributes:
            id (str): The topic's id, or the section's usage key.
            courseware (bool | Unset): Whether the entry is a section of the courseware rather than a topic.
            name (str | Unset): The topic's name (topics only).
            usage_key (None | str | Unset): The topic's usage context (topics only; null for topics not linked to the
                courseware).
            enabled_in_context (bool | Unset): Whether the topic is enabled in its context (topics only).
            thread_counts (DiscussionTopicV3EntryThreadCounts | Unset): The topic's thread counts, keyed by the type of
                thread.
            block_id (str | Unset): The section's block id (sections only).
            type_ (str | Unset): The block type of a section or subsection (`chapter`, `sequential`).
            display_name (str | Unset): The section's display name (sections only).
            lms_web_url (str | Unset): The section's URL in the LMS (sections only).
            legacy_web_url (str | Unset): The section's URL in the legacy courseware (sections only).
            student_view_url (str | Unset): The URL of the section's student view (sections only).
            children (list[DiscussionTopicV3EntryChildrenItem] | Unset): A section's subsections, or a subsection's topics,
                in the same shapes.
    """

    id: str
    courseware: bool | Unset = UNSET
    name: str | Unset = UNSET
    usage_key: None | str | Unset = UNSET
    enabled_in_context: bool | Unset = UNSET
    thread_counts: DiscussionTopicV3EntryThreadCounts | Unset = UNSET
    block_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    display_name: str | Unset = UNSET
    lms_web_url: str | Unset = UNSET
    legacy_web_url: str | Unset = UNSET
    student_view_url: str | Unset = UNSET
    children: list[DiscussionTopicV3EntryChildrenItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        courseware = self.courseware

        name = self.name

        usage_key: None | str | Unset
        if isinstance(self.usage_key, Unset):
            usage_key = UNSET
        else:
            usage_key = self.usage_key

        enabled_in_context = self.enabled_in_context

        thread_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thread_counts, Unset):
            thread_counts = self.thread_counts.to_dict()

        block_id = self.block_id

        type_ = self.type_

        display_name = self.display_name

        lms_web_url = self.lms_web_url

        legacy_web_url = self.legacy_web_url

        student_view_url = self.student_view_url

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if courseware is not UNSET:
            field_dict["courseware"] = courseware
        if name is not UNSET:
            field_dict["name"] = name
        if usage_key is not UNSET:
            field_dict["usage_key"] = usage_key
        if enabled_in_context is not UNSET:
            field_dict["enabled_in_context"] = enabled_in_context
        if thread_counts is not UNSET:
            field_dict["thread_counts"] = thread_counts
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if lms_web_url is not UNSET:
            field_dict["lms_web_url"] = lms_web_url
        if legacy_web_url is not UNSET:
            field_dict["legacy_web_url"] = legacy_web_url
        if student_view_url is not UNSET:
            field_dict["student_view_url"] = student_view_url
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_topic_v3_entry_children_item import (
            DiscussionTopicV3EntryChildrenItem,
        )
        from ..models.discussion_topic_v3_entry_thread_counts import (
            DiscussionTopicV3EntryThreadCounts,
        )

        d = dict(src_dict)
        id = d.pop("id")

        courseware = d.pop("courseware", UNSET)
        if not isinstance(courseware, Unset) and not (isinstance(courseware, bool)):
            raise TypeError(
                f"courseware: expected a boolean, got {type(courseware).__name__}"
            )

        name = d.pop("name", UNSET)

        def _parse_usage_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_key = _parse_usage_key(d.pop("usage_key", UNSET))

        enabled_in_context = d.pop("enabled_in_context", UNSET)
        if not isinstance(enabled_in_context, Unset) and not (
            isinstance(enabled_in_context, bool)
        ):
            raise TypeError(
                f"enabled_in_context: expected a boolean, got {type(enabled_in_context).__name__}"
            )

        _thread_counts = d.pop("thread_counts", UNSET)
        thread_counts: DiscussionTopicV3EntryThreadCounts | Unset
        if isinstance(_thread_counts, Unset):
            thread_counts = UNSET
        else:
            thread_counts = DiscussionTopicV3EntryThreadCounts.from_dict(_thread_counts)

        block_id = d.pop("block_id", UNSET)

        type_ = d.pop("type", UNSET)

        display_name = d.pop("display_name", UNSET)

        lms_web_url = d.pop("lms_web_url", UNSET)

        legacy_web_url = d.pop("legacy_web_url", UNSET)

        student_view_url = d.pop("student_view_url", UNSET)

        _children = d.pop("children", UNSET)
        children: list[DiscussionTopicV3EntryChildrenItem] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = DiscussionTopicV3EntryChildrenItem.from_dict(
                    children_item_data
                )

                children.append(children_item)

        discussion_topic_v3_entry = cls(
            id=id,
            courseware=courseware,
            name=name,
            usage_key=usage_key,
            enabled_in_context=enabled_in_context,
            thread_counts=thread_counts,
            block_id=block_id,
            type_=type_,
            display_name=display_name,
            lms_web_url=lms_web_url,
            legacy_web_url=legacy_web_url,
            student_view_url=student_view_url,
            children=children,
        )

        discussion_topic_v3_entry.additional_properties = d
        return discussion_topic_v3_entry

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
