from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoursewareSequenceUnit")


@_attrs_define
class CoursewareSequenceUnit:
    """A unit of a sequence. When the learner has not met the sequence's prerequisite, only `id`, `type`, `display_name`,
    `is_gated` and an empty `content` are given.

        Attributes:
            id (str): The unit's usage key.
            type_ (str): The unit's icon type (the kind of content it mostly holds), or its block type when gated.
            content (str): The rendered content; empty here, the units are not rendered.
            page_title (str | Unset): The unit's tooltip title.
            bookmarked (bool | Unset): Whether the learner bookmarked the unit.
            path (str | Unset): The section, sequence and unit names, joined by ` > `.
            graded (bool | Unset): Whether the unit is graded.
            contains_content_type_gated_content (bool | Unset): Whether the unit holds content the learner's enrollment
                track cannot load.
            href (str | Unset): The unit's URL, when the caller gave a URL format (empty otherwise).
            complete (bool | Unset): Whether the learner completed the unit (signed-in learners, for units).
            display_name (str | Unset): The unit's display name (gated units only).
            is_gated (bool | Unset): True for a unit behind an unmet prerequisite.
    """

    id: str
    type_: str
    content: str
    page_title: str | Unset = UNSET
    bookmarked: bool | Unset = UNSET
    path: str | Unset = UNSET
    graded: bool | Unset = UNSET
    contains_content_type_gated_content: bool | Unset = UNSET
    href: str | Unset = UNSET
    complete: bool | Unset = UNSET
    display_name: str | Unset = UNSET
    is_gated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        content = self.content

        page_title = self.page_title

        bookmarked = self.bookmarked

        path = self.path

        graded = self.graded

        contains_content_type_gated_content = self.contains_content_type_gated_content

        href = self.href

        complete = self.complete

        display_name = self.display_name

        is_gated = self.is_gated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "content": content,
            }
        )
        if page_title is not UNSET:
            field_dict["page_title"] = page_title
        if bookmarked is not UNSET:
            field_dict["bookmarked"] = bookmarked
        if path is not UNSET:
            field_dict["path"] = path
        if graded is not UNSET:
            field_dict["graded"] = graded
        if contains_content_type_gated_content is not UNSET:
            field_dict["contains_content_type_gated_content"] = (
                contains_content_type_gated_content
            )
        if href is not UNSET:
            field_dict["href"] = href
        if complete is not UNSET:
            field_dict["complete"] = complete
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if is_gated is not UNSET:
            field_dict["is_gated"] = is_gated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        content = d.pop("content")

        page_title = d.pop("page_title", UNSET)

        bookmarked = d.pop("bookmarked", UNSET)
        if not isinstance(bookmarked, Unset) and not (isinstance(bookmarked, bool)):
            raise TypeError(
                f"bookmarked: expected a boolean, got {type(bookmarked).__name__}"
            )

        path = d.pop("path", UNSET)

        graded = d.pop("graded", UNSET)
        if not isinstance(graded, Unset) and not (isinstance(graded, bool)):
            raise TypeError(f"graded: expected a boolean, got {type(graded).__name__}")

        contains_content_type_gated_content = d.pop(
            "contains_content_type_gated_content", UNSET
        )
        if not isinstance(contains_content_type_gated_content, Unset) and not (
            isinstance(contains_content_type_gated_content, bool)
        ):
            raise TypeError(
                f"contains_content_type_gated_content: expected a boolean, got {type(contains_content_type_gated_content).__name__}"
            )

        href = d.pop("href", UNSET)

        complete = d.pop("complete", UNSET)
        if not isinstance(complete, Unset) and not (isinstance(complete, bool)):
            raise TypeError(
                f"complete: expected a boolean, got {type(complete).__name__}"
            )

        display_name = d.pop("display_name", UNSET)

        is_gated = d.pop("is_gated", UNSET)
        if not isinstance(is_gated, Unset) and not (isinstance(is_gated, bool)):
            raise TypeError(
                f"is_gated: expected a boolean, got {type(is_gated).__name__}"
            )

        courseware_sequence_unit = cls(
            id=id,
            type_=type_,
            content=content,
            page_title=page_title,
            bookmarked=bookmarked,
            path=path,
            graded=graded,
            contains_content_type_gated_content=contains_content_type_gated_content,
            href=href,
            complete=complete,
            display_name=display_name,
            is_gated=is_gated,
        )

        courseware_sequence_unit.additional_properties = d
        return courseware_sequence_unit

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
