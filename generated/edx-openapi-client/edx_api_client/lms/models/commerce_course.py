from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        id (str): The course's identifier; it must name an existing course.
        name (None | str | Unset): The course's name, set by the server; null when the course has no overview record.
        modes (list[CommerceCourseMode] | Unset): The course's enrollment modes.
        verification_deadline (datetime.datetime | None | Unset): The course's verification deadline, or null when none
            is set (always null in the course list, which does not load deadlines).
    """

    id: str
    name: None | str | Unset = UNSET
    modes: list[CommerceCourseMode] | Unset = UNSET
    verification_deadline: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        modes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modes, Unset):
            modes = []
            for modes_item_data in self.modes:
                modes_item = modes_item_data.to_dict()
                modes.append(modes_item)

        verification_deadline: None | str | Unset
        if isinstance(self.verification_deadline, Unset):
            verification_deadline = UNSET
        elif isinstance(self.verification_deadline, datetime.datetime):
            verification_deadline = self.verification_deadline.isoformat()
        else:
            verification_deadline = self.verification_deadline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if modes is not UNSET:
            field_dict["modes"] = modes
        if verification_deadline is not UNSET:
            field_dict["verification_deadline"] = verification_deadline

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.commerce_course_mode import CommerceCourseMode

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _modes = d.pop("modes", UNSET)
        modes: list[CommerceCourseMode] | Unset = UNSET
        if _modes is not UNSET:
            modes = []
            for modes_item_data in _modes:
                modes_item = CommerceCourseMode.from_dict(modes_item_data)

                modes.append(modes_item)

        def _parse_verification_deadline(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_deadline_type_0 = datetime.datetime.fromisoformat(data)

                return verification_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verification_deadline = _parse_verification_deadline(
            d.pop("verification_deadline", UNSET)
        )

        commerce_course = cls(
            id=id,
            name=name,
            modes=modes,
            verification_deadline=verification_deadline,
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
