from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GradesSectionBreakdown")


@_attrs_define
class GradesSectionBreakdown:
    """The grade summary of one course section.

    Attributes:
        percent (float | Unset): The section's percentage, a float.
        label (str | Unset): A short, preferably fixed-length label of the section, such as "HW 3".
        detail (str | Unset): An explanation of the score, such as "Homework 1 - Ohms Law - 83% (5/6)".
        category (str | Unset): The section's category.
        prominent (bool | Unset): Whether the section should be shown more prominently than the others.
    """

    percent: float | Unset = UNSET
    label: str | Unset = UNSET
    detail: str | Unset = UNSET
    category: str | Unset = UNSET
    prominent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percent = self.percent

        label = self.label

        detail = self.detail

        category = self.category

        prominent = self.prominent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if percent is not UNSET:
            field_dict["percent"] = percent
        if label is not UNSET:
            field_dict["label"] = label
        if detail is not UNSET:
            field_dict["detail"] = detail
        if category is not UNSET:
            field_dict["category"] = category
        if prominent is not UNSET:
            field_dict["prominent"] = prominent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        percent = d.pop("percent", UNSET)
        if not isinstance(percent, Unset) and not (
            isinstance(percent, (int, float)) and not isinstance(percent, bool)
        ):
            raise TypeError(f"percent: expected a number, got {type(percent).__name__}")

        label = d.pop("label", UNSET)

        detail = d.pop("detail", UNSET)

        category = d.pop("category", UNSET)

        prominent = d.pop("prominent", UNSET)
        if not isinstance(prominent, Unset) and not (isinstance(prominent, bool)):
            raise TypeError(
                f"prominent: expected a boolean, got {type(prominent).__name__}"
            )

        grades_section_breakdown = cls(
            percent=percent,
            label=label,
            detail=detail,
            category=category,
            prominent=prominent,
        )

        grades_section_breakdown.additional_properties = d
        return grades_section_breakdown

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
