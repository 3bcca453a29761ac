from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DiscussionTopicV2ThreadCounts")


@_attrs_define
class DiscussionTopicV2ThreadCounts:
    """The topic's thread counts, keyed by the type of thread."""

    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        discussion_topic_v2_thread_counts = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            if not (
                isinstance(additional_property, int)
                and not isinstance(additional_property, bool)
            ):
                raise TypeError(
                    f"AdditionalProperty: expected an integer, got {type(additional_property).__name__}"
                )

            additional_properties[prop_name] = additional_property

        discussion_topic_v2_thread_counts.additional_properties = additional_properties
        return discussion_topic_v2_thread_counts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
