from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learner_home_courseware_access import LearnerHomeCoursewareAccess


T = TypeVar("T", bound="LearnerHomeEnrollment")


@_attrs_define
class LearnerHomeEnrollment:
    """The enrollment's state. On an entitlement's card it holds fixed values: every flag false, and
    `accessExpirationDate`, `lastEnrolled` and `mode` null.

        Attributes:
            access_expiration_date (datetime.datetime | None): When an audit learner loses access to the course, or null
                when access does not expire.
            is_audit (bool): Whether the enrollment is in an audit mode.
            has_started (bool): Whether the learner has completed anything in the course.
            courseware_access (LearnerHomeCoursewareAccess): What stands between the learner and the course's content.
            is_verified (bool): Whether the enrollment is in a verified mode.
            can_upgrade (bool): Whether the learner can upgrade to the verified track through ecommerce.
            is_audit_access_expired (bool): Whether the audit access has expired.
            is_email_enabled (bool): Whether course emails are enabled for the course.
            has_opted_out_of_email (bool): Whether the learner opted out of the course's emails.
            last_enrolled (datetime.datetime | None): When the learner enrolled, or null on an entitlement's card.
            is_enrolled (bool): Whether the enrollment is active.
            mode (None | str): The enrollment's course mode, or null on an entitlement's card.
    """

    access_expiration_date: datetime.datetime | None
    is_audit: bool
    has_started: bool
    courseware_access: LearnerHomeCoursewareAccess
    is_verified: bool
    can_upgrade: bool
    is_audit_access_expired: bool
    is_email_enabled: bool
    has_opted_out_of_email: bool
    last_enrolled: datetime.datetime | None
    is_enrolled: bool
    mode: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_expiration_date: None | str
        if isinstance(self.access_expiration_date, datetime.datetime):
            access_expiration_date = self.access_expiration_date.isoformat()
        else:
            access_expiration_date = self.access_expiration_date

        is_audit = self.is_audit

        has_started = self.has_started

        courseware_access = self.courseware_access.to_dict()

        is_verified = self.is_verified

        can_upgrade = self.can_upgrade

        is_audit_access_expired = self.is_audit_access_expired

        is_email_enabled = self.is_email_enabled

        has_opted_out_of_email = self.has_opted_out_of_email

        last_enrolled: None | str
        if isinstance(self.last_enrolled, datetime.datetime):
            last_enrolled = self.last_enrolled.isoformat()
        else:
            last_enrolled = self.last_enrolled

        is_enrolled = self.is_enrolled

        mode: None | str
        mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessExpirationDate": access_expiration_date,
                "isAudit": is_audit,
                "hasStarted": has_started,
                "coursewareAccess": courseware_access,
                "isVerified": is_verified,
                "canUpgrade": can_upgrade,
                "isAuditAccessExpired": is_audit_access_expired,
                "isEmailEnabled": is_email_enabled,
                "hasOptedOutOfEmail": has_opted_out_of_email,
                "lastEnrolled": last_enrolled,
                "isEnrolled": is_enrolled,
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_home_courseware_access import LearnerHomeCoursewareAccess

        d = dict(src_dict)

        def _parse_access_expiration_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                access_expiration_date_type_0 = datetime.datetime.fromisoformat(data)

                return access_expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        access_expiration_date = _parse_access_expiration_date(
            d.pop("accessExpirationDate")
        )

        is_audit = d.pop("isAudit")
        if not (isinstance(is_audit, bool)):
            raise TypeError(
                f"isAudit: expected a boolean, got {type(is_audit).__name__}"
            )

        has_started = d.pop("hasStarted")
        if not (isinstance(has_started, bool)):
            raise TypeError(
                f"hasStarted: expected a boolean, got {type(has_started).__name__}"
            )

        courseware_access = LearnerHomeCoursewareAccess.from_dict(
            d.pop("coursewareAccess")
        )

        is_verified = d.pop("isVerified")
        if not (isinstance(is_verified, bool)):
            raise TypeError(
                f"isVerified: expected a boolean, got {type(is_verified).__name__}"
            )

        can_upgrade = d.pop("canUpgrade")
        if not (isinstance(can_upgrade, bool)):
            raise TypeError(
                f"canUpgrade: expected a boolean, got {type(can_upgrade).__name__}"
            )

        is_audit_access_expired = d.pop("isAuditAccessExpired")
        if not (isinstance(is_audit_access_expired, bool)):
            raise TypeError(
                f"isAuditAccessExpired: expected a boolean, got {type(is_audit_access_expired).__name__}"
            )

        is_email_enabled = d.pop("isEmailEnabled")
        if not (isinstance(is_email_enabled, bool)):
            raise TypeError(
                f"isEmailEnabled: expected a boolean, got {type(is_email_enabled).__name__}"
            )

        has_opted_out_of_email = d.pop("hasOptedOutOfEmail")
        if not (isinstance(has_opted_out_of_email, bool)):
            raise TypeError(
                f"hasOptedOutOfEmail: expected a boolean, got {type(has_opted_out_of_email).__name__}"
            )

        def _parse_last_enrolled(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_enrolled_type_0 = datetime.datetime.fromisoformat(data)

                return last_enrolled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_enrolled = _parse_last_enrolled(d.pop("lastEnrolled"))

        is_enrolled = d.pop("isEnrolled")
        if not (isinstance(is_enrolled, bool)):
            raise TypeError(
                f"isEnrolled: expected a boolean, got {type(is_enrolled).__name__}"
            )

        def _parse_mode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mode = _parse_mode(d.pop("mode"))

        learner_home_enrollment = cls(
            access_expiration_date=access_expiration_date,
            is_audit=is_audit,
            has_started=has_started,
            courseware_access=courseware_access,
            is_verified=is_verified,
            can_upgrade=can_upgrade,
            is_audit_access_expired=is_audit_access_expired,
            is_email_enabled=is_email_enabled,
            has_opted_out_of_email=has_opted_out_of_email,
            last_enrolled=last_enrolled,
            is_enrolled=is_enrolled,
            mode=mode,
        )

        learner_home_enrollment.additional_properties = d
        return learner_home_enrollment

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
