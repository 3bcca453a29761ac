from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_enrollments_write_result_additional_property import (
    ProgramEnrollmentsWriteResultAdditionalProperty,
)

T = TypeVar("T", bound="ProgramEnrollmentsWriteResult")


@_attrs_define
class ProgramEnrollmentsWriteResult:
    """The outcome of a program enrollment write, keyed by the student key of each entry sent: the status the enrollment
    now has, or why it was not written.

    """

    additional_properties: dict[
        str, ProgramEnrollmentsWriteResultAdditionalProperty
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        program_enrollments_write_result = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ProgramEnrollmentsWriteResultAdditionalProperty(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        program_enrollments_write_result.additional_properties = additional_properties
        return program_enrollments_write_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ProgramEnrollmentsWriteResultAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: ProgramEnrollmentsWriteResultAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
