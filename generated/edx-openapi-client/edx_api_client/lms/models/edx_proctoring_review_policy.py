from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EdxProctoringReviewPolicy")


@_attrs_define
class EdxProctoringReviewPolicy:
    """The review policy of an exam.

    Attributes:
        review_policy (None | str): The policy's text, or null when the exam has none.
    """

    review_policy: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        review_policy: None | str
        review_policy = self.review_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "review_policy": review_policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_review_policy(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_policy = _parse_review_policy(d.pop("review_policy"))

        edx_proctoring_review_policy = cls(
            review_policy=review_policy,
        )

        edx_proctoring_review_policy.additional_properties = d
        return edx_proctoring_review_policy

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
