from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.discussion_topic_v1 import DiscussionTopicV1


T = TypeVar("T", bound="DiscussionTopicListV1")


@_attrs_define
class DiscussionTopicListV1:
    """The topic listing of a course, version 1.

    Attributes:
        courseware_topics (list[DiscussionTopicV1]): The topic trees linked to the courseware, one per category.
        non_courseware_topics (list[DiscussionTopicV1]): The topics not linked to the courseware.
    """

    courseware_topics: list[DiscussionTopicV1]
    non_courseware_topics: list[DiscussionTopicV1]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        courseware_topics = []
        for courseware_topics_item_data in self.courseware_topics:
            courseware_topics_item = courseware_topics_item_data.to_dict()
            courseware_topics.append(courseware_topics_item)

        non_courseware_topics = []
        for non_courseware_topics_item_data in self.non_courseware_topics:
            non_courseware_topics_item = non_courseware_topics_item_data.to_dict()
            non_courseware_topics.append(non_courseware_topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courseware_topics": courseware_topics,
                "non_courseware_topics": non_courseware_topics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_topic_v1 import DiscussionTopicV1

        d = dict(src_dict)
        courseware_topics = []
        _courseware_topics = d.pop("courseware_topics")
        for courseware_topics_item_data in _courseware_topics:
            courseware_topics_item = DiscussionTopicV1.from_dict(
                courseware_topics_item_data
            )

            courseware_topics.append(courseware_topics_item)

        non_courseware_topics = []
        _non_courseware_topics = d.pop("non_courseware_topics")
        for non_courseware_topics_item_data in _non_courseware_topics:
            non_courseware_topics_item = DiscussionTopicV1.from_dict(
                non_courseware_topics_item_data
            )

            non_courseware_topics.append(non_courseware_topics_item)

        discussion_topic_list_v1 = cls(
            courseware_topics=courseware_topics,
            non_courseware_topics=non_courseware_topics,
        )

        discussion_topic_list_v1.additional_properties = d
        return discussion_topic_list_v1

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
