from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MobileCourseUpdate")


@_attrs_define
class MobileCourseUpdate:
    """An update posted in a course.

    Attributes:
        content (str | Unset): The content of the update, as HTML.
        date (str | Unset): The date of the update.
        id (Any | Unset): The update's unique identifier. The doc does not give its type.
        status (Any | Unset): Whether the update is visible. The doc does not give its type or values.
    """

    content: str | Unset = UNSET
    date: str | Unset = UNSET
    id: Any | Unset = UNSET
    status: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        date = self.date

        id = self.id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if date is not UNSET:
            field_dict["date"] = date
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        date = d.pop("date", UNSET)

        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        mobile_course_update = cls(
            content=content,
            date=date,
            id=id,
            status=status,
        )

        mobile_course_update.additional_properties = d
        return mobile_course_update

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
