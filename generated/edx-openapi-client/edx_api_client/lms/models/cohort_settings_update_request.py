from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CohortSettingsUpdateRequest")


@_attrs_define
class CohortSettingsUpdateRequest:
    """The course's new cohort settings.

    Attributes:
        is_cohorted (bool): Whether the course divides its learners into cohorts.
    """

    is_cohorted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_cohorted = self.is_cohorted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_cohorted": is_cohorted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_cohorted = d.pop("is_cohorted")
        if not (isinstance(is_cohorted, bool)):
            raise TypeError(
                f"is_cohorted: expected a boolean, got {type(is_cohorted).__name__}"
            )

        cohort_settings_update_request = cls(
            is_cohorted=is_cohorted,
        )

        cohort_settings_update_request.additional_properties = d
        return cohort_settings_update_request

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
