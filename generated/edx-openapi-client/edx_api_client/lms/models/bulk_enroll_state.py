from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkEnrollState")


@_attrs_define
class BulkEnrollState:
    """A user's enrollment state before or after the operation. The `cohort` key is present when the request gave
    `cohorts`.

        Attributes:
            user (bool): Whether the identifier names an existing user.
            enrollment (bool): Whether that user is enrolled in the course.
            allowed (bool): Whether the address is allowed to enroll (an invitation for someone without an account).
            auto_enroll (bool): Whether such an allowance enrolls the person as soon as they register.
            cohort (None | str | Unset): The user's cohort in the course: in `before` the previous cohort (null when none),
                in `after` the cohort named in the request.
    """

    user: bool
    enrollment: bool
    allowed: bool
    auto_enroll: bool
    cohort: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        enrollment = self.enrollment

        allowed = self.allowed

        auto_enroll = self.auto_enroll

        cohort: None | str | Unset
        if isinstance(self.cohort, Unset):
            cohort = UNSET
        else:
            cohort = self.cohort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "enrollment": enrollment,
                "allowed": allowed,
                "auto_enroll": auto_enroll,
            }
        )
        if cohort is not UNSET:
            field_dict["cohort"] = cohort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = d.pop("user")
        if not (isinstance(user, bool)):
            raise TypeError(f"user: expected a boolean, got {type(user).__name__}")

        enrollment = d.pop("enrollment")
        if not (isinstance(enrollment, bool)):
            raise TypeError(
                f"enrollment: expected a boolean, got {type(enrollment).__name__}"
            )

        allowed = d.pop("allowed")
        if not (isinstance(allowed, bool)):
            raise TypeError(
                f"allowed: expected a boolean, got {type(allowed).__name__}"
            )

        auto_enroll = d.pop("auto_enroll")
        if not (isinstance(auto_enroll, bool)):
            raise TypeError(
                f"auto_enroll: expected a boolean, got {type(auto_enroll).__name__}"
            )

        def _parse_cohort(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cohort = _parse_cohort(d.pop("cohort", UNSET))

        bulk_enroll_state = cls(
            user=user,
            enrollment=enrollment,
            allowed=allowed,
            auto_enroll=auto_enroll,
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
