from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GradesGradingInfoSubsection")


@_attrs_define
class GradesGradingInfoSubsection:
    """A visible subsection of a course, for the gradebook.

    Attributes:
        assignment_type (None | str): The subsection's assignment type; null when it has none.
        graded (bool): Whether the subsection is graded.
        short_label (None | str): The subsection's short label (such as "HW 01"); null when it is not graded.
        module_id (str): The subsection's usage key.
        display_name (str): The subsection's display name.
    """

    assignment_type: None | str
    graded: bool
    short_label: None | str
    module_id: str
    display_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_type: None | str
        assignment_type = self.assignment_type

        graded = self.graded

        short_label: None | str
        short_label = self.short_label

        module_id = self.module_id

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignment_type": assignment_type,
                "graded": graded,
                "short_label": short_label,
                "module_id": module_id,
                "display_name": display_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_assignment_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assignment_type = _parse_assignment_type(d.pop("assignment_type"))

        graded = d.pop("graded")
        if not (isinstance(graded, bool)):
            raise TypeError(f"graded: expected a boolean, got {type(graded).__name__}")

        def _parse_short_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        short_label = _parse_short_label(d.pop("short_label"))

        module_id = d.pop("module_id")

        display_name = d.pop("display_name")

        grades_grading_info_subsection = cls(
            assignment_type=assignment_type,
            graded=graded,
            short_label=short_label,
            module_id=module_id,
            display_name=display_name,
        )

        grades_grading_info_subsection.additional_properties = d
        return grades_grading_info_subsection

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
