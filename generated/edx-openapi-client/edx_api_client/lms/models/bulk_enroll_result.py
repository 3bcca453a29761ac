from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_enroll_state import BulkEnrollState


T = TypeVar("T", bound="BulkEnrollResult")


@_attrs_define
class BulkEnrollResult:
    """The result of one enrollment. It names the identifier and either both the `before` and `after` states, or
    `invalidIdentifier` (neither a user nor a valid email address), or `error` (the enrollment failed).

        Attributes:
            identifier (str): The username or email address as the request gave it.
            invalid_identifier (bool | Unset): True when the identifier names no user and is not a valid email address.
            error (bool | Unset): True when enrolling or unenrolling this identifier failed.
            before (BulkEnrollState | Unset): A user's enrollment state before or after the operation. The `cohort` key is
                present when the request gave `cohorts`.
            after (BulkEnrollState | Unset): A user's enrollment state before or after the operation. The `cohort` key is
                present when the request gave `cohorts`.
    """

    identifier: str
    invalid_identifier: bool | Unset = UNSET
    error: bool | Unset = UNSET
    before: BulkEnrollState | Unset = UNSET
    after: BulkEnrollState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        invalid_identifier = self.invalid_identifier

        error = self.error

        before: dict[str, Any] | Unset = UNSET
        if not isinstance(self.before, Unset):
            before = self.before.to_dict()

        after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.after, Unset):
            after = self.after.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
            }
        )
        if invalid_identifier is not UNSET:
            field_dict["invalidIdentifier"] = invalid_identifier
        if error is not UNSET:
            field_dict["error"] = error
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_enroll_state import BulkEnrollState

        d = dict(src_dict)
        identifier = d.pop("identifier")

        invalid_identifier = d.pop("invalidIdentifier", UNSET)
        if not isinstance(invalid_identifier, Unset) and not (
            isinstance(invalid_identifier, bool)
        ):
            raise TypeError(
                f"invalidIdentifier: expected a boolean, got {type(invalid_identifier).__name__}"
            )

        error = d.pop("error", UNSET)
        if not isinstance(error, Unset) and not (isinstance(error, bool)):
            raise TypeError(f"error: expected a boolean, got {type(error).__name__}")

        _before = d.pop("before", UNSET)
        before: BulkEnrollState | Unset
        if isinstance(_before, Unset):
            before = UNSET
        else:
            before = BulkEnrollState.from_dict(_before)

        _after = d.pop("after", UNSET)
        after: BulkEnrollState | Unset
        if isinstance(_after, Unset):
            after = UNSET
        else:
            after = BulkEnrollState.from_dict(_after)

        bulk_enroll_result = cls(
            identifier=identifier,
            invalid_identifier=invalid_identifier,
            error=error,
            before=before,
            after=after,
        )

        bulk_enroll_result.additional_properties = d
        return bulk_enroll_result

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
