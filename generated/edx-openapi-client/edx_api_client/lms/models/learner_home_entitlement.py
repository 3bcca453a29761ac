from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.learner_home_entitlement_session import LearnerHomeEntitlementSession


T = TypeVar("T", bound="LearnerHomeEntitlement")


@_attrs_define
class LearnerHomeEntitlement:
    """A course entitlement. Empty on the card of an enrollment that does not fulfil one; otherwise every member is
    present.

        Attributes:
            available_sessions (list[LearnerHomeEntitlementSession] | Unset): The course runs the entitlement can be used
                for.
            uuid (UUID | Unset): The entitlement's UUID.
            is_refundable (bool | Unset): Whether the entitlement can still be refunded.
            is_fulfilled (bool | Unset): Whether the entitlement was used to enroll in a run.
            change_deadline (str | Unset): Until when the run can be changed: the same value as `expirationDate`.
            is_expired (bool | Unset): Whether the entitlement has expired.
            expiration_date (str | Unset): When the entitlement expired (a date-time), or, while it has not, the date it
                will (a date).
    """

    available_sessions: list[LearnerHomeEntitlementSession] | Unset = UNSET
    uuid: UUID | Unset = UNSET
    is_refundable: bool | Unset = UNSET
    is_fulfilled: bool | Unset = UNSET
    change_deadline: str | Unset = UNSET
    is_expired: bool | Unset = UNSET
    expiration_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_sessions, Unset):
            available_sessions = []
            for available_sessions_item_data in self.available_sessions:
                available_sessions_item = available_sessions_item_data.to_dict()
                available_sessions.append(available_sessions_item)

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        is_refundable = self.is_refundable

        is_fulfilled = self.is_fulfilled

        change_deadline = self.change_deadline

        is_expired = self.is_expired

        expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_sessions is not UNSET:
            field_dict["availableSessions"] = available_sessions
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if is_refundable is not UNSET:
            field_dict["isRefundable"] = is_refundable
        if is_fulfilled is not UNSET:
            field_dict["isFulfilled"] = is_fulfilled
        if change_deadline is not UNSET:
            field_dict["changeDeadline"] = change_deadline
        if is_expired is not UNSET:
            field_dict["isExpired"] = is_expired
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_home_entitlement_session import (
            LearnerHomeEntitlementSession,
        )

        d = dict(src_dict)
        _available_sessions = d.pop("availableSessions", UNSET)
        available_sessions: list[LearnerHomeEntitlementSession] | Unset = UNSET
        if _available_sessions is not UNSET:
            available_sessions = []
            for available_sessions_item_data in _available_sessions:
                available_sessions_item = LearnerHomeEntitlementSession.from_dict(
                    available_sessions_item_data
                )

                available_sessions.append(available_sessions_item)

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        is_refundable = d.pop("isRefundable", UNSET)
        if not isinstance(is_refundable, Unset) and not (
            isinstance(is_refundable, bool)
        ):
            raise TypeError(
                f"isRefundable: expected a boolean, got {type(is_refundable).__name__}"
            )

        is_fulfilled = d.pop("isFulfilled", UNSET)
        if not isinstance(is_fulfilled, Unset) and not (isinstance(is_fulfilled, bool)):
            raise TypeError(
                f"isFulfilled: expected a boolean, got {type(is_fulfilled).__name__}"
            )

        change_deadline = d.pop("changeDeadline", UNSET)

        is_expired = d.pop("isExpired", UNSET)
        if not isinstance(is_expired, Unset) and not (isinstance(is_expired, bool)):
            raise TypeError(
                f"isExpired: expected a boolean, got {type(is_expired).__name__}"
            )

        expiration_date = d.pop("expirationDate", UNSET)

        learner_home_entitlement = cls(
            available_sessions=available_sessions,
            uuid=uuid,
            is_refundable=is_refundable,
            is_fulfilled=is_fulfilled,
            change_deadline=change_deadline,
            is_expired=is_expired,
            expiration_date=expiration_date,
        )

        learner_home_entitlement.additional_properties = d
        return learner_home_entitlement

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
