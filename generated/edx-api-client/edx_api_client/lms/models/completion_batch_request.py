from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completion_block_values import CompletionBlockValues


T = TypeVar("T", bound="CompletionBatchRequest")


@_attrs_define
class CompletionBatchRequest:
    """A batch of completions of one user in one course. The doc marks no field as required.

    Attributes:
        username (str | Unset): The username of the learner the completions belong to.
        course_key (str | Unset): The key of the course the blocks belong to.
        blocks (CompletionBlockValues | Unset): Maps each block key to the completion value to record for it (the doc's
            example gives 0.0 and 1.0).
    """

    username: str | Unset = UNSET
    course_key: str | Unset = UNSET
    blocks: CompletionBlockValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        course_key = self.course_key

        blocks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = self.blocks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if course_key is not UNSET:
            field_dict["course_key"] = course_key
        if blocks is not UNSET:
            field_dict["blocks"] = blocks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.completion_block_values import CompletionBlockValues

        d = dict(src_dict)
        username = d.pop("username", UNSET)

        course_key = d.pop("course_key", UNSET)

        _blocks = d.pop("blocks", UNSET)
        blocks: CompletionBlockValues | Unset
        if isinstance(_blocks, Unset):
            blocks = UNSET
        else:
            blocks = CompletionBlockValues.from_dict(_blocks)

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
