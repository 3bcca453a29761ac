from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grades_gradebook_subsection_grade import (
        GradesGradebookSubsectionGrade,
    )


T = TypeVar("T", bound="GradesGradebookEntry")


@_attrs_define
class GradesGradebookEntry:
    """A learner's gradebook entry in a course, with one entry per graded subsection.

    Attributes:
        user_id (int): The learner's user id.
        username (str): The learner's username.
        email (str): The learner's email address for master's track enrollments; empty otherwise.
        percent (float): The course grade, as a fraction between 0 and 1.
        section_breakdown (list[GradesGradebookSubsectionGrade]): The learner's grade in each graded subsection of the
            course.
        profile_name (None | str): The name on the learner's profile; null when the learner has no profile.
        full_name (str | Unset): The learner's full name; only present for master's track enrollments.
        external_user_key (str | Unset): The learner's key in the program they are enrolled through; only present when
            there is one.
    """

    user_id: int
    username: str
    email: str
    percent: float
    section_breakdown: list[GradesGradebookSubsectionGrade]
    profile_name: None | str
    full_name: str | Unset = UNSET
    external_user_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        email = self.email

        percent = self.percent

        section_breakdown = []
        for section_breakdown_item_data in self.section_breakdown:
            section_breakdown_item = section_breakdown_item_data.to_dict()
            section_breakdown.append(section_breakdown_item)

        profile_name: None | str
        profile_name = self.profile_name

        full_name = self.full_name

        external_user_key = self.external_user_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "percent": percent,
                "section_breakdown": section_breakdown,
                "profile_name": profile_name,
            }
        )
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if external_user_key is not UNSET:
            field_dict["external_user_key"] = external_user_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grades_gradebook_subsection_grade import (
            GradesGradebookSubsectionGrade,
        )

        d = dict(src_dict)
        user_id = d.pop("user_id")
        if not (isinstance(user_id, int) and not isinstance(user_id, bool)):
            raise TypeError(
                f"user_id: expected an integer, got {type(user_id).__name__}"
            )

        username = d.pop("username")

        email = d.pop("email")

        percent = d.pop("percent")
        if not (isinstance(percent, (int, float)) and not isinstance(percent, bool)):
            raise TypeError(f"percent: expected a number, got {type(percent).__name__}")

        section_breakdown = []
        _section_breakdown = d.pop("section_breakdown")
        for section_breakdown_item_data in _section_breakdown:
            section_breakdown_item = GradesGradebookSubsectionGrade.from_dict(
                section_breakdown_item_data
            )

            section_breakdown.append(section_breakdown_item)

        def _parse_profile_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        profile_name = _parse_profile_name(d.pop("profile_name"))

        full_name = d.pop("full_name", UNSET)

        external_user_key = d.pop("external_user_key", UNSET)

        grades_gradebook_entry = cls(
            user_id=user_id,
            username=username,
            email=email,
            percent=percent,
            section_breakdown=section_breakdown,
            profile_name=profile_name,
            full_name=full_name,
            external_user_key=external_user_key,
        )

        grades_gradebook_entry.additional_properties = d
        return grades_gradebook_entry

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
