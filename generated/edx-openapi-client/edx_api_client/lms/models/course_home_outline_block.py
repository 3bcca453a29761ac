from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeOutlineBlock")


@_attrs_define
class CourseHomeOutlineBlock:
    """One block of the course outline.

    Attributes:
        id (str | Unset): The usage ID of the block.
        type_ (str | Unset): The XBlock type of the block, custom types included, e.g. course, chapter, sequential,
            vertical, html, problem, video or discussion.
        display_name (str | Unset): The display name of the block.
        lms_web_url (str | Unset): The URL of the block's navigational container on the web LMS.
        children (list[str] | Unset): The IDs of the block's child blocks, if it has any.
        resume_block (bool | Unset): Whether the block is the one to resume at.
        has_scheduled_content (bool | Unset): Whether the block has content scheduled for the future.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    display_name: str | Unset = UNSET
    lms_web_url: str | Unset = UNSET
    children: list[str] | Unset = UNSET
    resume_block: bool | Unset = UNSET
    has_scheduled_content: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        display_name = self.display_name

        lms_web_url = self.lms_web_url

        children: list[str] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = self.children

        resume_block = self.resume_block

        has_scheduled_content = self.has_scheduled_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if lms_web_url is not UNSET:
            field_dict["lms_web_url"] = lms_web_url
        if children is not UNSET:
            field_dict["children"] = children
        if resume_block is not UNSET:
            field_dict["resume_block"] = resume_block
        if has_scheduled_content is not UNSET:
            field_dict["has_scheduled_content"] = has_scheduled_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        display_name = d.pop("display_name", UNSET)

        lms_web_url = d.pop("lms_web_url", UNSET)

        children = cast(list[str], d.pop("children", UNSET))

        resume_block = d.pop("resume_block", UNSET)
        if not isinstance(resume_block, Unset) and not (isinstance(resume_block, bool)):
            raise TypeError(
                f"resume_block: expected a boolean, got {type(resume_block).__name__}"
            )

        has_scheduled_content = d.pop("has_scheduled_content", UNSET)
        if not isinstance(has_scheduled_content, Unset) and not (
            isinstance(has_scheduled_content, bool)
        ):
            raise TypeError(
                f"has_scheduled_content: expected a boolean, got {type(has_scheduled_content).__name__}"
            )

        course_home_outline_block = cls(
            id=id,
            type_=type_,
            display_name=display_name,
            lms_web_url=lms_web_url,
            children=children,
            resume_block=resume_block,
            has_scheduled_content=has_scheduled_content,
        )

        course_home_outline_block.additional_properties = d
        return course_home_outline_block

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
