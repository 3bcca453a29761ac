from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.name_affirmation_latest_verified_name_status import (
    NameAffirmationLatestVerifiedNameStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NameAffirmationLatestVerifiedName")


@_attrs_define
class NameAffirmationLatestVerifiedName:
    """A user's most recent approved verified name and whether certificates use it: the verified name record (with its
    `id`, `created` and verification attempt fields) plus the certificate setting.

        Attributes:
            username (str): The username of the user the verified name belongs to.
            verified_name (str): The name as verified.
            profile_name (None | str): The name in the user's profile when the record was made; the model allows null.
            verification_attempt_id (int | None): The identifier of the ID verification attempt that verified the name, if
                any.
            proctored_exam_attempt_id (int | None): The identifier of the proctored exam attempt that verified the name, if
                any.
            status (NameAffirmationLatestVerifiedNameStatus): The status of the verified name, such as `approved`.
            use_verified_name_for_certs (bool): Whether the user's certificates show the verified name.
            id (int | Unset): The record's database identifier.
            created (datetime.datetime | Unset): When the record was created.
            verification_attempt_status (None | str | Unset): The status of that ID verification attempt; null when there is
                none.
            platform_verification_attempt_id (int | None | Unset): The identifier of the platform's generic verification
                attempt, if any.
            platform_verification_attempt_status (None | str | Unset): The status of that platform verification attempt;
                null when there is none.
    """

    username: str
    verified_name: str
    profile_name: None | str
    verification_attempt_id: int | None
    proctored_exam_attempt_id: int | None
    status: NameAffirmationLatestVerifiedNameStatus
    use_verified_name_for_certs: bool
    id: int | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    verification_attempt_status: None | str | Unset = UNSET
    platform_verification_attempt_id: int | None | Unset = UNSET
    platform_verification_attempt_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        verified_name = self.verified_name

        profile_name: None | str
        profile_name = self.profile_name

        verification_attempt_id: int | None
        verification_attempt_id = self.verification_attempt_id

        proctored_exam_attempt_id: int | None
        proctored_exam_attempt_id = self.proctored_exam_attempt_id

        status = self.status.value

        use_verified_name_for_certs = self.use_verified_name_for_certs

        id = self.id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        verification_attempt_status: None | str | Unset
        if isinstance(self.verification_attempt_status, Unset):
            verification_attempt_status = UNSET
        else:
            verification_attempt_status = self.verification_attempt_status

        platform_verification_attempt_id: int | None | Unset
        if isinstance(self.platform_verification_attempt_id, Unset):
            platform_verification_attempt_id = UNSET
        else:
            platform_verification_attempt_id = self.platform_verification_attempt_id

        platform_verification_attempt_status: None | str | Unset
        if isinstance(self.platform_verification_attempt_status, Unset):
            platform_verification_attempt_status = UNSET
        else:
            platform_verification_attempt_status = (
                self.platform_verification_attempt_status
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "verified_name": verified_name,
                "profile_name": profile_name,
                "verification_attempt_id": verification_attempt_id,
                "proctored_exam_attempt_id": proctored_exam_attempt_id,
                "status": status,
                "use_verified_name_for_certs": use_verified_name_for_certs,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created is not UNSET:
            field_dict["created"] = created
        if verification_attempt_status is not UNSET:
            field_dict["verification_attempt_status"] = verification_attempt_status
        if platform_verification_attempt_id is not UNSET:
            field_dict["platform_verification_attempt_id"] = (
                platform_verification_attempt_id
            )
        if platform_verification_attempt_status is not UNSET:
            field_dict["platform_verification_attempt_status"] = (
                platform_verification_attempt_status
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        status = NameAffirmationLatestVerifiedNameStatus(d.pop("status"))

        use_verified_name_for_certs = d.pop("use_verified_name_for_certs")
        if not (isinstance(use_verified_name_for_certs, bool)):
            raise TypeError(
                f"use_verified_name_for_certs: expected a boolean, got {type(use_verified_name_for_certs).__name__}"
            )

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (
            isinstance(id, int) and not isinstance(id, bool)
        ):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        def _parse_verification_attempt_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification_attempt_status = _parse_verification_attempt_status(
            d.pop("verification_attempt_status", UNSET)
        )

        def _parse_platform_verification_attempt_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(int | None | Unset, data)

        platform_verification_attempt_id = _parse_platform_verification_attempt_id(
            d.pop("platform_verification_attempt_id", UNSET)
        )

        def _parse_platform_verification_attempt_status(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform_verification_attempt_status = (
            _parse_platform_verification_attempt_status(
                d.pop("platform_verification_attempt_status", UNSET)
            )
        )

        name_affirmation_latest_verified_name = cls(
            username=username,
            verified_name=verified_name,
            profile_name=profile_name,
            verification_attempt_id=verification_attempt_id,
            proctored_exam_attempt_id=proctored_exam_attempt_id,
            status=status,
            use_verified_name_for_certs=use_verified_name_for_certs,
            id=id,
            created=created,
            verification_attempt_status=verification_attempt_status,
            platform_verification_attempt_id=platform_verification_attempt_id,
            platform_verification_attempt_status=platform_verification_attempt_status,
        )

        name_affirmation_latest_verified_name.additional_properties = d
        return name_affirmation_latest_verified_name

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
