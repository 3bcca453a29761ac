from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MobileCourseHandouts")


@_attrs_define
class MobileCourseHandouts:
    """The handouts of a course.

    Attributes:
        handouts_html (None | str): The HTML of the course handouts, or null when the course has none (or only an empty
            list).
    """

    handouts_html: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        handouts_html: None | str
        handouts_html = self.handouts_html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "handouts_html": handouts_html,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_handouts_html(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        handouts_html = _parse_handouts_html(d.pop("handouts_html"))

        mobile_course_handouts = cls(
            handouts_html=handouts_html,
        )

        mobile_course_handouts.additional_properties = d
        return mobile_course_handouts

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
