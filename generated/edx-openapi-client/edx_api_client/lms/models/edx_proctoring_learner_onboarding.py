from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edx_proctoring_onboarding_dashboard_status import (
    EdxProctoringOnboardingDashboardStatus,
)

T = TypeVar("T", bound="EdxProctoringLearnerOnboarding")


@_attrs_define
class EdxProctoringLearnerOnboarding:
    """One learner's onboarding status, as the instructor dashboard shows it.

    Attributes:
        username (str):
        enrollment_mode (None | str): The learner's enrollment mode in the course.
        status (EdxProctoringOnboardingDashboardStatus | None): The onboarding status; null for an attempt status the
            dashboard does not map (a declined attempt, for one).
        modified (datetime.datetime | None): When the onboarding attempt last changed; null without one.
    """

    username: str
    enrollment_mode: None | str
    status: EdxProctoringOnboardingDashboardStatus | None
    modified: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        enrollment_mode: None | str
        enrollment_mode = self.enrollment_mode

        status: None | str
        if isinstance(self.status, EdxProctoringOnboardingDashboardStatus):
            status = self.status.value
        else:
            status = self.status

        modified: None | str
        if isinstance(self.modified, datetime.datetime):
            modified = self.modified.isoformat()
        else:
            modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "enrollment_mode": enrollment_mode,
                "status": status,
                "modified": modified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        def _parse_enrollment_mode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        enrollment_mode = _parse_enrollment_mode(d.pop("enrollment_mode"))

        def _parse_status(
            data: object,
        ) -> EdxProctoringOnboardingDashboardStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EdxProctoringOnboardingDashboardStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EdxProctoringOnboardingDashboardStatus | None, data)

        status = _parse_status(d.pop("status"))

        def _parse_modified(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_type_0 = datetime.datetime.fromisoformat(data)

                return modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        modified = _parse_modified(d.pop("modified"))

        edx_proctoring_learner_onboarding = cls(
            username=username,
            enrollment_mode=enrollment_mode,
            status=status,
            modified=modified,
        )

        edx_proctoring_learner_onboarding.additional_properties = d
        return edx_proctoring_learner_onboarding

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
