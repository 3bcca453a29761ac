from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GradesGradeOverrideRequest")


@_attrs_define
class GradesGradeOverrideRequest:
    """The overriding scores of a subsection and why; the view hands these keys to the grade override it creates.

    Attributes:
        earned_all_override (float | None | Unset): The points earned on all the subsection's problems.
        possible_all_override (float | None | Unset): The points possible on all the subsection's problems.
        earned_graded_override (float | None | Unset): The points earned on the subsection's graded problems.
        possible_graded_override (float | None | Unset): The points possible on the subsection's graded problems.
        comment (str | Unset): Why the grade is overridden.
    """

    earned_all_override: float | None | Unset = UNSET
    possible_all_override: float | None | Unset = UNSET
    earned_graded_override: float | None | Unset = UNSET
    possible_graded_override: float | None | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earned_all_override: float | None | Unset
        if isinstance(self.earned_all_override, Unset):
            earned_all_override = UNSET
        else:
            earned_all_override = self.earned_all_override

        possible_all_override: float | None | Unset
        if isinstance(self.possible_all_override, Unset):
            possible_all_override = UNSET
        else:
            possible_all_override = self.possible_all_override

        earned_graded_override: float | None | Unset
        if isinstance(self.earned_graded_override, Unset):
            earned_graded_override = UNSET
        else:
            earned_graded_override = self.earned_graded_override

        possible_graded_override: float | None | Unset
        if isinstance(self.possible_graded_override, Unset):
            possible_graded_override = UNSET
        else:
            possible_graded_override = self.possible_graded_override

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if earned_all_override is not UNSET:
            field_dict["earned_all_override"] = earned_all_override
        if possible_all_override is not UNSET:
            field_dict["possible_all_override"] = possible_all_override
        if earned_graded_override is not UNSET:
            field_dict["earned_graded_override"] = earned_graded_override
        if possible_graded_override is not UNSET:
            field_dict["possible_graded_override"] = possible_graded_override
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_earned_all_override(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                earned_all_override_type_0 = data
                if not (
                    isinstance(earned_all_override_type_0, (int, float))
                    and not isinstance(earned_all_override_type_0, bool)
                ):
                    raise TypeError(
                        f"earned_all_override_type_0: expected a number, got {type(earned_all_override_type_0).__name__}"
                    )

                return earned_all_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | Unset, data)

        earned_all_override = _parse_earned_all_override(
            d.pop("earned_all_override", UNSET)
        )

        def _parse_possible_all_override(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                possible_all_override_type_0 = data
                if not (
                    isinstance(possible_all_override_type_0, (int, float))
                    and not isinstance(possible_all_override_type_0, bool)
                ):
                    raise TypeError(
                        f"possible_all_override_type_0: expected a number, got {type(possible_all_override_type_0).__name__}"
                    )

                return possible_all_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | Unset, data)

        possible_all_override = _parse_possible_all_override(
            d.pop("possible_all_override", UNSET)
        )

        def _parse_earned_graded_override(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                earned_graded_override_type_0 = data
                if not (
                    isinstance(earned_graded_override_type_0, (int, float))
                    and not isinstance(earned_graded_override_type_0, bool)
                ):
                    raise TypeError(
                        f"earned_graded_override_type_0: expected a number, got {type(earned_graded_override_type_0).__name__}"
                    )

                return earned_graded_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | Unset, data)

        earned_graded_override = _parse_earned_graded_override(
            d.pop("earned_graded_override", UNSET)
        )

        def _parse_possible_graded_override(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                possible_graded_override_type_0 = data
                if not (
                    isinstance(possible_graded_override_type_0, (int, float))
                    and not isinstance(possible_graded_override_type_0, bool)
                ):
                    raise TypeError(
                        f"possible_graded_override_type_0: expected a number, got {type(possible_graded_override_type_0).__name__}"
                    )

                return possible_graded_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | Unset, data)

        possible_graded_override = _parse_possible_graded_override(
            d.pop("possible_graded_override", UNSET)
        )

        comment = d.pop("comment", UNSET)

        grades_grade_override_request = cls(
            earned_all_override=earned_all_override,
            possible_all_override=possible_all_override,
            earned_graded_override=earned_graded_override,
            possible_graded_override=possible_graded_override,
            comment=comment,
        )

        grades_grade_override_request.additional_properties = d
        return grades_grade_override_request

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
