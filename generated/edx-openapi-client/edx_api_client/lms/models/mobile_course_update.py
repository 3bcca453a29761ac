from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MobileCourseUpdate")


@_attrs_define
class MobileCourseUpdate:
    """An update posted in a course. Deleted updates are left out of the list, which is newest first.

    Attributes:
        content (str): The content of the update, as HTML (links made absolute).
        date (None | str): The date of the update as the course team wrote it (free text, not a machine date); null for
            an update stored in the old HTML format without a heading.
        id (int): The update's number, counted from 1 for the oldest update.
        status (str | Unset): Whether the update is visible; never `deleted` here, since deleted updates are filtered
            out. Updates stored in the old HTML format have no status.
    """

    content: str
    date: None | str
    id: int
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        date: None | str
        date = self.date

        id = self.id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "date": date,
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content")

        def _parse_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date = _parse_date(d.pop("date"))

        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

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
