from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseHomeVerificationData")


@_attrs_define
class CourseHomeVerificationData:
    """The state of the learner's ID verification.

    Attributes:
        link (None | str): The link to start or retry ID verification, or null when the learner is not asked to do
            either.
        status (str): The status of the ID verification.
        status_date (None | str): When the status was set (ISO 8601), or null when the learner has no approved
            verification.
    """

    link: None | str
    status: str
    status_date: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link: None | str
        link = self.link

        status = self.status

        status_date: None | str
        status_date = self.status_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link": link,
                "status": status,
                "status_date": status_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        link = _parse_link(d.pop("link"))

        status = d.pop("status")

        def _parse_status_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_date = _parse_status_date(d.pop("status_date"))

        course_home_verification_data = cls(
            link=link,
            status=status,
            status_date=status_date,
        )

        course_home_verification_data.additional_properties = d
        return course_home_verification_data

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
