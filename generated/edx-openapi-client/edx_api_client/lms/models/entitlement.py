from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Entitlement")


@_attrs_define
class Entitlement:
    """A user's entitlement to a course (not to one course run), in a given mode, and the run it has been used to enroll
    in.

        Attributes:
            user (str): The user who holds the entitlement.
            course_uuid (UUID): The UUID of the course (not of a course run) the entitlement is for.
            mode (str): The course mode applied when the user enrolls with this entitlement.
            uuid (UUID | Unset): The entitlement's identifier; set by the server.
            expired_at (None | str | Unset): When the entitlement expired; null while it has not expired.
            refund_locked (bool | Unset): Whether refunds of the entitlement are locked.
            order_number (str | Unset): The number of the order the entitlement was bought with.
            enrollment_course_run (str | Unset): The course run enrollment made with the entitlement; set by the server.
            support_details (str | Unset): Support details of the entitlement; set by the server.
            created (str | Unset): When the entitlement was created; set by the server.
            modified (str | Unset): When the entitlement was last changed; set by the server.
    """

    user: str
    course_uuid: UUID
    mode: str
    uuid: UUID | Unset = UNSET
    expired_at: None | str | Unset = UNSET
    refund_locked: bool | Unset = UNSET
    order_number: str | Unset = UNSET
    enrollment_course_run: str | Unset = UNSET
    support_details: str | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        course_uuid = str(self.course_uuid)

        mode = self.mode

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = self.expired_at

        refund_locked = self.refund_locked

        order_number = self.order_number

        enrollment_course_run = self.enrollment_course_run

        support_details = self.support_details

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "course_uuid": course_uuid,
                "mode": mode,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if refund_locked is not UNSET:
            field_dict["refund_locked"] = refund_locked
        if order_number is not UNSET:
            field_dict["order_number"] = order_number
        if enrollment_course_run is not UNSET:
            field_dict["enrollment_course_run"] = enrollment_course_run
        if support_details is not UNSET:
            field_dict["support_details"] = support_details
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = d.pop("user")

        course_uuid = UUID(d.pop("course_uuid"))

        mode = d.pop("mode")

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        def _parse_expired_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expired_at = _parse_expired_at(d.pop("expired_at", UNSET))

        refund_locked = d.pop("refund_locked", UNSET)
        if not isinstance(refund_locked, Unset) and not (
            isinstance(refund_locked, bool)
        ):
            raise TypeError(
                f"refund_locked: expected a boolean, got {type(refund_locked).__name__}"
            )

        order_number = d.pop("order_number", UNSET)

        enrollment_course_run = d.pop("enrollment_course_run", UNSET)

        support_details = d.pop("support_details", UNSET)

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        entitlement = cls(
            user=user,
            course_uuid=course_uuid,
            mode=mode,
            uuid=uuid,
            expired_at=expired_at,
            refund_locked=refund_locked,
            order_number=order_number,
            enrollment_course_run=enrollment_course_run,
            support_details=support_details,
            created=created,
            modified=modified,
        )

        entitlement.additional_properties = d
        return entitlement

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
