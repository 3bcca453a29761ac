from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commerce_course_mode import CommerceCourseMode


T = TypeVar("T", bound="CommerceCourse")


@_attrs_define
class CommerceCourse:
    """A course as the commerce API sees it, with its enrollment modes.

    Attributes:
        id (str): The course's identifier.
        name (str | Unset): The course's name; set by the server.
        verification_deadline (str | Unset): The course's verification deadline.
        modes (list[CommerceCourseMode] | Unset): The course's enrollment modes.
    """

    id: str
    name: str | Unset = UNSET
    verification_deadline: str | Unset = UNSET
    modes: list[CommerceCourseMode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        verification_deadline = self.verification_deadline

        modes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modes, Unset):
            modes = []
            for modes_item_data in self.modes:
                modes_item = modes_item_data.to_dict()
                modes.append(modes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if verification_deadline is not UNSET:
            field_dict["verification_deadline"] = verification_deadline
        if modes is not UNSET:
            field_dict["modes"] = modes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.commerce_course_mode import CommerceCourseMode

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        verification_deadline = d.pop("verification_deadline", UNSET)

        _modes = d.pop("modes", UNSET)
        modes: list[CommerceCourseMode] | Unset = UNSET
        if _modes is not UNSET:
            modes = []
            for modes_item_data in _modes:
                modes_item = CommerceCourseMode.from_dict(modes_item_data)

                modes.append(modes_item)

        commerce_course = cls(
            id=id,
            name=name,
            verification_deadline=verification_deadline,
            modes=modes,
        )

        commerce_course.additional_properties = d
        return commerce_course

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
