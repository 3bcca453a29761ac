from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeDateBlock")


@_attrs_define
class CourseHomeDateBlock:
    """One dated event of a course, such as its start or an assignment's due date.

    Attributes:
        complete (bool | None): For assignments only, whether the assignment is complete; null for other events.
        date (datetime.datetime): When the event happens.
        date_type (str): The kind of date, e.g. `course-start-date` or `assignment-due-date`.
        description (str): The description of the event.
        extra_info (None | str): More information about the event, or null when there is none.
        link_text (str): The text to show for the link.
        title (str): The title of the event.
        assignment_type (None | str | Unset): The assignment type of the event's content, or null when the event is not
            an assignment.
        first_component_block_id (str | Unset): The usage ID of the first component of the event's content.
        learner_has_access (bool | Unset): Whether the learner has access to the event's content.
        link (str | Unset): An absolute link to content related to the event, such as the assignment or the verified
            upgrade.
    """

    complete: bool | None
    date: datetime.datetime
    date_type: str
    description: str
    extra_info: None | str
    link_text: str
    title: str
    assignment_type: None | str | Unset = UNSET
    first_component_block_id: str | Unset = UNSET
    learner_has_access: bool | Unset = UNSET
    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete: bool | None
        complete = self.complete

        date = self.date.isoformat()

        date_type = self.date_type

        description = self.description

        extra_info: None | str
        extra_info = self.extra_info

        link_text = self.link_text

        title = self.title

        assignment_type: None | str | Unset
        if isinstance(self.assignment_type, Unset):
            assignment_type = UNSET
        else:
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

        def _parse_complete(data: object) -> bool | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                complete_type_0 = data
                if not (isinstance(complete_type_0, bool)):
                    raise TypeError(
                        f"complete_type_0: expected a boolean, got {type(complete_type_0).__name__}"
                    )

                return complete_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None, data)

        complete = _parse_complete(d.pop("complete"))

        date = datetime.datetime.fromisoformat(d.pop("date"))

        date_type = d.pop("date_type")

        description = d.pop("description")

        def _parse_extra_info(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        extra_info = _parse_extra_info(d.pop("extra_info"))

        link_text = d.pop("link_text")

        title = d.pop("title")

        def _parse_assignment_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignment_type = _parse_assignment_type(d.pop("assignment_type", UNSET))

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
