from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.discussion_topic_v1_thread_counts_type_0 import (
        DiscussionTopicV1ThreadCountsType0,
    )


T = TypeVar("T", bound="DiscussionTopicV1")


@_attrs_define
class DiscussionTopicV1:
    """A topic, or a category of topics, of the version 1 listing.

    Attributes:
        id (None | str): The topic's id; null for a category, which only holds other topics.
        name (str): The topic's or category's name.
        thread_list_url (str): The URL listing the threads of the topic (of every topic, for a category).
        children (list[DiscussionTopicV1]): The topics of a category (empty for a topic).
        thread_counts (DiscussionTopicV1ThreadCountsType0 | None): The topic's thread counts, keyed by the type of
            thread; null for a category.
    """

    id: None | str
    name: str
    thread_list_url: str
    children: list[DiscussionTopicV1]
    thread_counts: DiscussionTopicV1ThreadCountsType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.discussion_topic_v1_thread_counts_type_0 import (
            DiscussionTopicV1ThreadCountsType0,
        )

        id: None | str
        id = self.id

        name = self.name

        thread_list_url = self.thread_list_url

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        thread_counts: dict[str, Any] | None
        if isinstance(self.thread_counts, DiscussionTopicV1ThreadCountsType0):
            thread_counts = self.thread_counts.to_dict()
        else:
            thread_counts = self.thread_counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "thread_list_url": thread_list_url,
                "children": children,
                "thread_counts": thread_counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_topic_v1_thread_counts_type_0 import (
            DiscussionTopicV1ThreadCountsType0,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        thread_list_url = d.pop("thread_list_url")

        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = DiscussionTopicV1.from_dict(children_item_data)

            children.append(children_item)

        def _parse_thread_counts(
            data: object,
        ) -> DiscussionTopicV1ThreadCountsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thread_counts_type_0 = DiscussionTopicV1ThreadCountsType0.from_dict(
                    data
                )

                return thread_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscussionTopicV1ThreadCountsType0 | None, data)

        thread_counts = _parse_thread_counts(d.pop("thread_counts"))

        discussion_topic_v1 = cls(
            id=id,
            name=name,
            thread_list_url=thread_list_url,
            children=children,
            thread_counts=thread_counts,
        )

        discussion_topic_v1.additional_properties = d
        return discussion_topic_v1

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
