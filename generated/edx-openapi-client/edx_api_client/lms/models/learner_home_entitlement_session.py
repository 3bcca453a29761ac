from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerHomeEntitlementSession")


@_attrs_define
class LearnerHomeEntitlementSession:
    """A course run an entitlement can be used for, as the catalog service gives it.

    Attributes:
        start_date (str): When the run starts.
        end_date (str): When the run ends, as the catalog service gives it.
        course_id (str): The run's course key.
    """

    start_date: str
    end_date: str
    course_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        course_id = self.course_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startDate": start_date,
                "endDate": end_date,
                "courseId": course_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_date = d.pop("startDate")

        end_date = d.pop("endDate")

        course_id = d.pop("courseId")

        learner_home_entitlement_session = cls(
            start_date=start_date,
            end_date=end_date,
            course_id=course_id,
        )

        learner_home_entitlement_session.additional_properties = d
        return learner_home_entitlement_session

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
