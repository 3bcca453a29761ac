from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NameAffirmationVerifiedName")


@_attrs_define
class NameAffirmationVerifiedName:
    """A verified name record of a user, as sent to create one.

    Attributes:
        username (str): The username of the user the verified name belongs to.
        verified_name (str): The name as verified.
        profile_name (str): The name in the user's profile.
        id (int | Unset): The record's database identifier.
        created (str | Unset): When the record was created.
        verification_attempt_id (int | Unset): The identifier of the ID verification attempt that verified the name.
        proctored_exam_attempt_id (int | Unset): The identifier of the proctored exam attempt that verified the name.
        platform_verification_attempt_id (int | None | Unset): The identifier of the platform's generic verification
            attempt that verified the name. At most one of it and `verification_attempt_id` may be set.
        status (str | Unset): The status of the verified name, such as `approved`.
    """

    username: str
    verified_name: str
    profile_name: str
    id: int | Unset = UNSET
    created: str | Unset = UNSET
    verification_attempt_id: int | Unset = UNSET
    proctored_exam_attempt_id: int | Unset = UNSET
    platform_verification_attempt_id: int | None | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        verified_name = self.verified_name

        profile_name = self.profile_name

        id = self.id

        created = self.created

        verification_attempt_id = self.verification_attempt_id

        proctored_exam_attempt_id = self.proctored_exam_attempt_id

        platform_verification_attempt_id: int | None | Unset
        if isinstance(self.platform_verification_attempt_id, Unset):
            platform_verification_attempt_id = UNSET
        else:
            platform_verification_attempt_id = self.platform_verification_attempt_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "verified_name": verified_name,
                "profile_name": profile_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created is not UNSET:
            field_dict["created"] = created
        if verification_attempt_id is not UNSET:
            field_dict["verification_attempt_id"] = verification_attempt_id
        if proctored_exam_attempt_id is not UNSET:
            field_dict["proctored_exam_attempt_id"] = proctored_exam_attempt_id
        if platform_verification_attempt_id is not UNSET:
            field_dict["platform_verification_attempt_id"] = (
                platform_verification_attempt_id
            )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        verified_name = d.pop("verified_name")

        profile_name = d.pop("profile_name")

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (
            isinstance(id, int) and not isinstance(id, bool)
        ):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        created = d.pop("created", UNSET)

        verification_attempt_id = d.pop("verification_attempt_id", UNSET)
        if not isinstance(verification_attempt_id, Unset) and not (
            isinstance(verification_attempt_id, int)
            and not isinstance(verification_attempt_id, bool)
        ):
            raise TypeError(
                f"verification_attempt_id: expected an integer, got {type(verification_attempt_id).__name__}"
            )

        proctored_exam_attempt_id = d.pop("proctored_exam_attempt_id", UNSET)
        if not isinstance(proctored_exam_attempt_id, Unset) and not (
            isinstance(proctored_exam_attempt_id, int)
            and not isinstance(proctored_exam_attempt_id, bool)
        ):
            raise TypeError(
                f"proctored_exam_attempt_id: expected an integer, got {type(proctored_exam_attempt_id).__name__}"
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

        status = d.pop("status", UNSET)

        name_affirmation_verified_name = cls(
            username=username,
            verified_name=verified_name,
            profile_name=profile_name,
            id=id,
            created=created,
            verification_attempt_id=verification_attempt_id,
            proctored_exam_attempt_id=proctored_exam_attempt_id,
            platform_verification_attempt_id=platform_verification_attempt_id,
            status=status,
        )

        name_affirmation_verified_name.additional_properties = d
        return name_affirmation_verified_name

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
