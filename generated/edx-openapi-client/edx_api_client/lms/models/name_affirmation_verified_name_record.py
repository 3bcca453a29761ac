from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.name_affirmation_verified_name_record_status import (
    NameAffirmationVerifiedNameRecordStatus,
)

T = TypeVar("T", bound="NameAffirmationVerifiedNameRecord")


@_attrs_define
class NameAffirmationVerifiedNameRecord:
    """A verified name record as the app serializes it.

    Attributes:
        id (int): The record's database identifier.
        created (datetime.datetime): When the record was created.
        username (str): The username of the user the verified name belongs to.
        verified_name (str): The name as verified.
        profile_name (None | str): The name in the user's profile when the record was made.
        verification_attempt_id (int | None): The identifier of the ID verification attempt that verified the name, if
            any.
        verification_attempt_status (None | str): The status of that ID verification attempt; null when there is none.
        proctored_exam_attempt_id (int | None): The identifier of the proctored exam attempt that verified the name, if
            any.
        platform_verification_attempt_id (int | None): The identifier of the platform's generic verification attempt, if
            any.
        platform_verification_attempt_status (None | str): The status of that platform verification attempt; null when
            there is none.
        status (NameAffirmationVerifiedNameRecordStatus): The status of the verified name.
    """

    id: int
    created: datetime.datetime
    username: str
    verified_name: str
    profile_name: None | str
    verification_attempt_id: int | None
    verification_attempt_status: None | str
    proctored_exam_attempt_id: int | None
    platform_verification_attempt_id: int | None
    platform_verification_attempt_status: None | str
    status: NameAffirmationVerifiedNameRecordStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        username = self.username

        verified_name = self.verified_name

        profile_name: None | str
        profile_name = self.profile_name

        verification_attempt_id: int | None
        verification_attempt_id = self.verification_attempt_id

        verification_attempt_status: None | str
        verification_attempt_status = self.verification_attempt_status

        proctored_exam_attempt_id: int | None
        proctored_exam_attempt_id = self.proctored_exam_attempt_id

        platform_verification_attempt_id: int | None
        platform_verification_attempt_id = self.platform_verification_attempt_id

        platform_verification_attempt_status: None | str
        platform_verification_attempt_status = self.platform_verification_attempt_status

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "username": username,
                "verified_name": verified_name,
                "profile_name": profile_name,
                "verification_attempt_id": verification_attempt_id,
                "verification_attempt_status": verification_attempt_status,
                "proctored_exam_attempt_id": proctored_exam_attempt_id,
                "platform_verification_attempt_id": platform_verification_attempt_id,
                "platform_verification_attempt_status": platform_verification_attempt_status,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        username = d.pop("username")

        verified_name = d.pop("verified_name")

        def _parse_profile_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        profile_name = _parse_profile_name(d.pop("profile_name"))

        def _parse_verification_attempt_id(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                verification_attempt_id_type_0 = data
                if not (
                    isinstance(verification_attempt_id_type_0, int)
                    and not isinstance(verification_attempt_id_type_0, bool)
                ):
                    raise TypeError(
                        f"verification_attempt_id_type_0: expected an integer, got {type(verification_attempt_id_type_0).__name__}"
                    )

                return verification_attempt_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        verification_attempt_id = _parse_verification_attempt_id(
            d.pop("verification_attempt_id")
        )

        def _parse_verification_attempt_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verification_attempt_status = _parse_verification_attempt_status(
            d.pop("verification_attempt_status")
        )

        def _parse_proctored_exam_attempt_id(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                proctored_exam_attempt_id_type_0 = data
                if not (
                    isinstance(proctored_exam_attempt_id_type_0, int)
                    and not isinstance(proctored_exam_attempt_id_type_0, bool)
                ):
                    raise TypeError(
                        f"proctored_exam_attempt_id_type_0: expected an integer, got {type(proctored_exam_attempt_id_type_0).__name__}"
                    )

                return proctored_exam_attempt_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        proctored_exam_attempt_id = _parse_proctored_exam_attempt_id(
            d.pop("proctored_exam_attempt_id")
        )

        def _parse_platform_verification_attempt_id(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                platform_verification_attempt_id_type_0 = data
                if not (
                    isinstance(platform_verification_attempt_id_type_0, int)
                    and not isinstance(platform_verification_attempt_id_type_0, bool)
                ):
                    raise TypeError(
                        f"platform_verification_attempt_id_type_0: expected an integer, got {type(platform_verification_attempt_id_type_0).__name__}"
                    )

                return platform_verification_attempt_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        platform_verification_attempt_id = _parse_platform_verification_attempt_id(
            d.pop("platform_verification_attempt_id")
        )

        def _parse_platform_verification_attempt_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        platform_verification_attempt_status = (
            _parse_platform_verification_attempt_status(
                d.pop("platform_verification_attempt_status")
            )
        )

        status = NameAffirmationVerifiedNameRecordStatus(d.pop("status"))

        name_affirmation_verified_name_record = cls(
            id=id,
            created=created,
            username=username,
            verified_name=verified_name,
            profile_name=profile_name,
            verification_attempt_id=verification_attempt_id,
            verification_attempt_status=verification_attempt_status,
            proctored_exam_attempt_id=proctored_exam_attempt_id,
            platform_verification_attempt_id=platform_verification_attempt_id,
            platform_verification_attempt_status=platform_verification_attempt_status,
            status=status,
        )

        name_affirmation_verified_name_record.additional_properties = d
        return name_affirmation_verified_name_record

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
