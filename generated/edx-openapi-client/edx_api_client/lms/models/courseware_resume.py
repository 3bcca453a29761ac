from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoursewareResume")


@_attrs_define
class CoursewareResume:
    """Where the learner resumes the course. All three are null when the learner has completed nothing yet (the learning
    pages then open the first unit).

        Attributes:
            block_id (None | str): The usage key of the last block the learner completed.
            section_id (None | str): The usage key of the subsection (sequence) that holds it.
            unit_id (None | str): The usage key of the unit that holds it.
    """

    block_id: None | str
    section_id: None | str
    unit_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_id: None | str
        block_id = self.block_id

        section_id: None | str
        section_id = self.section_id

        unit_id: None | str
        unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block_id": block_id,
                "section_id": section_id,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_block_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        block_id = _parse_block_id(d.pop("block_id"))

        def _parse_section_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        section_id = _parse_section_id(d.pop("section_id"))

        def _parse_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        courseware_resume = cls(
            block_id=block_id,
            section_id=section_id,
            unit_id=unit_id,
        )

        courseware_resume.additional_properties = d
        return courseware_resume

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
