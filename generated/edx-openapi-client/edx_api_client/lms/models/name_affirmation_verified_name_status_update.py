from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NameAffirmationVerifiedNameStatusUpdate")


@_attrs_define
class NameAffirmationVerifiedNameStatusUpdate:
    """A change of a verified name record's status. The record is picked by `username` together with its
    `verification_attempt_id` or its `proctored_exam_attempt_id`.

        Attributes:
            username (str): The username of the user the verified name belongs to.
            status (str): The new status, such as `approved`.
            id (int | Unset): The record's database identifier.
            created (str | Unset): When the record was created.
            verified_name (str | Unset): The name as verified.
            profile_name (str | Unset): The name in the user's profile.
            verification_attempt_id (int | Unset): The identifier of the ID verification attempt of the record.
            proctored_exam_attempt_id (int | Unset): The identifier of the proctored exam attempt of the record.
    """

    username: str
    status: str
    id: int | Unset = UNSET
    created: str | Unset = UNSET
    verified_name: str | Unset = UNSET
    profile_name: str | Unset = UNSET
    verification_attempt_id: int | Unset = UNSET
    proctored_exam_attempt_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        status = self.status

        id = self.id

        created = self.created

        verified_name = self.verified_name

        profile_name = self.profile_name

        verification_attempt_id = self.verification_attempt_id

        proctored_exam_attempt_id = self.proctored_exam_attempt_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created is not UNSET:
            field_dict["created"] = created
        if verified_name is not UNSET:
            field_dict["verified_name"] = verified_name
        if profile_name is not UNSET:
            field_dict["profile_name"] = profile_name
        if verification_attempt_id is not UNSET:
            field_dict["verification_attempt_id"] = verification_attempt_id
        if proctored_exam_attempt_id is not UNSET:
            field_dict["proctored_exam_attempt_id"] = proctored_exam_attempt_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        status = d.pop("status")

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (
            isinstance(id, int) and not isinstance(id, bool)
        ):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        created = d.pop("created", UNSET)

        verified_name = d.pop("verified_name", UNSET)

        profile_name = d.pop("profile_name", UNSET)

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

        name_affirmation_verified_name_status_update = cls(
            username=username,
            status=status,
            id=id,
            created=created,
            verified_name=verified_name,
            profile_name=profile_name,
            verification_attempt_id=verification_attempt_id,
            proctored_exam_attempt_id=proctored_exam_attempt_id,
        )

        name_affirmation_verified_name_status_update.additional_properties = d
        return name_affirmation_verified_name_status_update

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
