from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompletionSubsectionCompletion")


@_attrs_define
class CompletionSubsectionCompletion:
    """How far one user has completed one subsection.

    Attributes:
        completion (float): The aggregated completion: 1 when every leaf block under the subsection is complete, else 0
            (a subsection without children reports its own stored value).
    """

    completion: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion = self.completion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion": completion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        completion = d.pop("completion")
        if not (
            isinstance(completion, (int, float)) and not isinstance(completion, bool)
        ):
            raise TypeError(
                f"completion: expected a number, got {type(completion).__name__}"
            )

        completion_subsection_completion = cls(
            completion=completion,
        )

        completion_subsection_completion.additional_properties = d
        return completion_subsection_completion

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
