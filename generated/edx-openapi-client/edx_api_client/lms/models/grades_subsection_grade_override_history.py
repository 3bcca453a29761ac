from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GradesSubsectionGradeOverrideHistory")


@_attrs_define
class GradesSubsectionGradeOverrideHistory:
    """One recorded change of a subsection grade override.

    Attributes:
        created (datetime.datetime | Unset): When the override was created.
        grade_id (int | Unset): The id of the overridden subsection grade.
        history_id (int | Unset): The id of this history record.
        earned_all_override (float | None | Unset): The points earned on all problems, as overridden.
        earned_graded_override (float | None | Unset): The points earned on graded problems, as overridden.
        override_reason (None | str | Unset): Why the grade was overridden.
        system (None | str | Unset): The feature the override was made through (the gradebook, for instance).
        history_date (datetime.datetime | Unset): When the change was recorded.
        history_type (str | Unset): The kind of change recorded.
        history_user (None | str | Unset): Who made the change.
        history_user_id (int | None | Unset): The id of who made the change.
        id (int | Unset): The override's id.
        possible_all_override (float | None | Unset): The points possible on all problems, as overridden.
        possible_graded_override (float | None | Unset): The points possible on graded problems, as overridden.
    """

    created: datetime.datetime | Unset = UNSET
    grade_id: int | Unset = UNSET
    history_id: int | Unset = UNSET
    earned_all_override: float | None | Unset = UNSET
    earned_graded_override: float | None | Unset = UNSET
    override_reason: None | str | Unset = UNSET
    system: None | str | Unset = UNSET
    history_date: datetime.datetime | Unset = UNSET
    history_type: str | Unset = UNSET
    history_user: None | str | Unset = UNSET
    history_user_id: int | None | Unset = UNSET
    id: int | Unset = UNSET
    possible_all_override: float | None | Unset = UNSET
    possible_graded_override: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        grade_id = self.grade_id

        history_id = self.history_id

        earned_all_override: float | None | Unset
        if isinstance(self.earned_all_override, Unset):
            earned_all_override = UNSET
        else:
            earned_all_override = self.earned_all_override

        earned_graded_override: float | None | Unset
        if isinstance(self.earned_graded_override, Unset):
            earned_graded_override = UNSET
        else:
            earned_graded_override = self.earned_graded_override

        override_reason: None | str | Unset
        if isinstance(self.override_reason, Unset):
            override_reason = UNSET
        else:
            override_reason = self.override_reason

        system: None | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        else:
            system = self.system

        history_date: str | Unset = UNSET
        if not isinstance(self.history_date, Unset):
            history_date = self.history_date.isoformat()

        history_type = self.history_type

        history_user: None | str | Unset
        if isinstance(self.history_user, Unset):
            history_user = UNSET
        else:
            history_user = self.history_user

        history_user_id: int | None | Unset
        if isinstance(self.history_user_id, Unset):
            history_user_id = UNSET
        else:
            history_user_id = self.history_user_id

        id = self.id

        possible_all_override: float | None | Unset
        if isinstance(self.possible_all_override, Unset):
            possible_all_override = UNSET
        else:
            possible_all_override = self.possible_all_override

        possible_graded_override: float | None | Unset
        if isinstance(self.possible_graded_override, Unset):
            possible_graded_override = UNSET
        else:
            possible_graded_override = self.possible_graded_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if grade_id is not UNSET:
            field_dict["grade_id"] = grade_id
        if history_id is not UNSET:
            field_dict["history_id"] = history_id
        if earned_all_override is not UNSET:
            field_dict["earned_all_override"] = earned_all_override
        if earned_graded_override is not UNSET:
            field_dict["earned_graded_override"] = earned_graded_override
        if override_reason is not UNSET:
            field_dict["override_reason"] = override_reason
        if system is not UNSET:
            field_dict["system"] = system
        if history_date is not UNSET:
            field_dict["history_date"] = history_date
        if history_type is not UNSET:
            field_dict["history_type"] = history_type
        if history_user is not UNSET:
            field_dict["history_user"] = history_user
        if history_user_id is not UNSET:
            field_dict["history_user_id"] = history_user_id
        if id is not UNSET:
            field_dict["id"] = id
        if possible_all_override is not UNSET:
            field_dict["possible_all_override"] = possible_all_override
        if possible_graded_override is not UNSET:
            field_dict["possible_graded_override"] = possible_graded_override

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        grade_id = d.pop("grade_id", UNSET)
        if not isinstance(grade_id, Unset) and not (
            isinstance(grade_id, int) and not isinstance(grade_id, bool)
        ):
            raise TypeError(
                f"grade_id: expected an integer, got {type(grade_id).__name__}"
            )

        history_id = d.pop("history_id", UNSET)
        if not isinstance(history_id, Unset) and not (
            isinstance(history_id, int) and not isinstance(history_id, bool)
        ):
            raise TypeError(
                f"history_id: expected an integer, got {type(history_id).__name__}"
            )

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

        def _parse_override_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_reason = _parse_override_reason(d.pop("override_reason", UNSET))

        def _parse_system(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system = _parse_system(d.pop("system", UNSET))

        _history_date = d.pop("history_date", UNSET)
        history_date: datetime.datetime | Unset
        if isinstance(_history_date, Unset):
            history_date = UNSET
        else:
            history_date = datetime.datetime.fromisoformat(_history_date)

        history_type = d.pop("history_type", UNSET)

        def _parse_history_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        history_user = _parse_history_user(d.pop("history_user", UNSET))

        def _parse_history_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                history_user_id_type_0 = data
                if not (
                    isinstance(history_user_id_type_0, int)
                    and not isinstance(history_user_id_type_0, bool)
                ):
                    raise TypeError(
                        f"history_user_id_type_0: expected an integer, got {type(history_user_id_type_0).__name__}"
                    )

                return history_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        history_user_id = _parse_history_user_id(d.pop("history_user_id", UNSET))

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (
            isinstance(id, int) and not isinstance(id, bool)
        ):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

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

        grades_subsection_grade_override_history = cls(
            created=created,
            grade_id=grade_id,
            history_id=history_id,
            earned_all_override=earned_all_override,
            earned_graded_override=earned_graded_override,
            override_reason=override_reason,
            system=system,
            history_date=history_date,
            history_type=history_type,
            history_user=history_user,
            history_user_id=history_user_id,
            id=id,
            possible_all_override=possible_all_override,
            possible_graded_override=possible_graded_override,
        )

        grades_subsection_grade_override_history.additional_properties = d
        return grades_subsection_grade_override_history

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
