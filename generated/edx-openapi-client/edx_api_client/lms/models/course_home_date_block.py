from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeDateBlock")


@_attrs_define
class CourseHomeDateBlock:
    """One dated event of a course, such as its start or an assignment's due date.

    Attributes:
        complete (bool): For assignments only, whether the assignment is complete.
        date (datetime.datetime): When the event happens.
        date_type (str): The kind of date, e.g. `course-start-date` or `assignment-due-date`.
        description (str): The description of the event.
        extra_info (str): More information about the event.
        link_text (str): The text to show for the link.
        title (str): The title of the event.
        assignment_type (str | Unset): The assignment type of the event's content.
        first_component_block_id (str | Unset): The usage ID of the first component of the event's content.
        learner_has_access (bool | Unset): Whether the learner has access to the event's content.
        link (str | Unset): An absolute link to content related to the event, such as the assignment or the verified
            upgrade.
    """

    complete: bool
    date: datetime.datetime
    date_type: str
    description: str
    extra_info: str
    link_text: str
    title: str
    assignment_type: str | Unset = UNSET
    first_component_block_id: str | Unset = UNSET
    learner_has_access: bool | Unset = UNSET
    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete = self.complete

        date = self.date.isoformat()

        date_type = self.date_type

        description = self.description

        extra_info = self.extra_info

        link_text = self.link_text

        title = self.title

        assignment_type = self.assignment_type

        first_component_block_id = self.first_component_block_id

        learner_has_access = self.learner_has_access

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complete": complete,
                "date": date,
                "date_type": date_type,
                "description": description,
                "extra_info": extra_info,
                "link_text": link_text,
                "title": title,
            }
        )
        if assignment_type is not UNSET:
            field_dict["assignment_type"] = assignment_type
        if first_component_block_id is not UNSET:
            field_dict["first_component_block_id"] = first_component_block_id
        if learner_has_access is not UNSET:
            field_dict["learner_has_access"] = learner_has_access
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        complete = d.pop("complete")
        if not (isinstance(complete, bool)):
            raise TypeError(
                f"complete: expected a boolean, got {type(complete).__name__}"
            )

        date = datetime.datetime.fromisoformat(d.pop("date"))

        date_type = d.pop("date_type")

        description = d.pop("description")

        extra_info = d.pop("extra_info")

        link_text = d.pop("link_text")

        title = d.pop("title")

        assignment_type = d.pop("assignment_type", UNSET)

        first_component_block_id = d.pop("first_component_block_id", UNSET)

        learner_has_access = d.pop("learner_has_access", UNSET)
        if not isinstance(learner_has_access, Unset) and not (
            isinstance(learner_has_access, bool)
        ):
            raise TypeError(
                f"learner_has_access: expected a boolean, got {type(learner_has_access).__name__}"
            )

        link = d.pop("link", UNSET)

        course_home_date_block = cls(
            complete=complete,
            date=date,
            date_type=date_type,
            description=description,
            extra_info=extra_info,
            link_text=link_text,
            title=title,
            assignment_type=assignment_type,
            first_component_block_id=first_component_block_id,
            learner_has_access=learner_has_access,
            link=link,
        )

        course_home_date_block.additional_properties = d
        return course_home_date_block

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
