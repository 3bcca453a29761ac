from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkEnrollState")


@_attrs_define
class BulkEnrollState:
    """A user's enrollment state before or after the operation. The doc names only the `cohort` key, added when the request
    gave `cohorts`.

        Attributes:
            cohort (Any | Unset): The user's cohort in the course; the doc does not give its type.
    """

    cohort: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cohort = self.cohort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cohort is not UNSET:
            field_dict["cohort"] = cohort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cohort = d.pop("cohort", UNSET)

        bulk_enroll_state = cls(
            cohort=cohort,
        )

        bulk_enroll_state.additional_properties = d
        return bulk_enroll_state

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
