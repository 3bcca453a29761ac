from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoursewareSequenceGatedContent")


@_attrs_define
class CoursewareSequenceGatedContent:
    """Whether the sequence is gated behind a prerequisite, and which.

    Attributes:
        prereq_id (None | str): The prerequisite's id, when gated.
        prereq_url (None | str): Where the prerequisite is, when gated.
        prereq_section_name (None | str): The prerequisite's name, when gated.
        gated (bool): Whether the learner has not met the prerequisite.
        gated_section_name (None | str): The sequence's display name as set.
    """

    prereq_id: None | str
    prereq_url: None | str
    prereq_section_name: None | str
    gated: bool
    gated_section_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prereq_id: None | str
        prereq_id = self.prereq_id

        prereq_url: None | str
        prereq_url = self.prereq_url

        prereq_section_name: None | str
        prereq_section_name = self.prereq_section_name

        gated = self.gated

        gated_section_name: None | str
        gated_section_name = self.gated_section_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prereq_id": prereq_id,
                "prereq_url": prereq_url,
                "prereq_section_name": prereq_section_name,
                "gated": gated,
                "gated_section_name": gated_section_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_prereq_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prereq_id = _parse_prereq_id(d.pop("prereq_id"))

        def _parse_prereq_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prereq_url = _parse_prereq_url(d.pop("prereq_url"))

        def _parse_prereq_section_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prereq_section_name = _parse_prereq_section_name(d.pop("prereq_section_name"))

        gated = d.pop("gated")
        if not (isinstance(gated, bool)):
            raise TypeError(f"gated: expected a boolean, got {type(gated).__name__}")

        def _parse_gated_section_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gated_section_name = _parse_gated_section_name(d.pop("gated_section_name"))

        courseware_sequence_gated_content = cls(
            prereq_id=prereq_id,
            prereq_url=prereq_url,
            prereq_section_name=prereq_section_name,
            gated=gated,
            gated_section_name=gated_section_name,
        )

        courseware_sequence_gated_content.additional_properties = d
        return courseware_sequence_gated_content

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
