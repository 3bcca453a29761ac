from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.discussion_role_member import DiscussionRoleMember


T = TypeVar("T", bound="DiscussionRoleMembers")


@_attrs_define
class DiscussionRoleMembers:
    """The members of a forum role in a course, and the course's division scheme.

    Attributes:
        course_id (str): The key of the course.
        results (list[DiscussionRoleMember]): The role's members.
        division_scheme (str): How the course divides its discussions (for example by cohort), as its discussion
            settings say.
    """

    course_id: str
    results: list[DiscussionRoleMember]
    division_scheme: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        division_scheme = self.division_scheme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "results": results,
                "division_scheme": division_scheme,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_role_member import DiscussionRoleMember

        d = dict(src_dict)
        course_id = d.pop("course_id")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = DiscussionRoleMember.from_dict(results_item_data)

            results.append(results_item)

        division_scheme = d.pop("division_scheme")

        discussion_role_members = cls(
            course_id=course_id,
            results=results,
            division_scheme=division_scheme,
        )

        discussion_role_members.additional_properties = d
        return discussion_role_members

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
