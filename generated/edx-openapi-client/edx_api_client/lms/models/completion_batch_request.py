from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.completion_block_values import CompletionBlockValues


T = TypeVar("T", bound="CompletionBatchRequest")


@_attrs_define
class CompletionBatchRequest:
    """A batch of completions of one user in one course. All three members are required: a batch that lacks any of them is
    answered 400.

        Attributes:
            username (str): The username of the learner the completions belong to.
            course_key (str): The key of the course the blocks belong to.
            blocks (CompletionBlockValues): Maps each block key to the completion value to record for it, such as 0.0 or
                1.0.
    """

    username: str
    course_key: str
    blocks: CompletionBlockValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        course_key = self.course_key

        blocks = self.blocks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "course_key": course_key,
                "blocks": blocks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.completion_block_values import CompletionBlockValues

        d = dict(src_dict)
        username = d.pop("username")

        course_key = d.pop("course_key")

        blocks = CompletionBlockValues.from_dict(d.pop("blocks"))

        completion_batch_request = cls(
            username=username,
            course_key=course_key,
            blocks=blocks,
        )

        completion_batch_request.additional_properties = d
        return completion_batch_request

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
