from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NameAffirmationLatestVerifiedName")


@_attrs_define
class NameAffirmationLatestVerifiedName:
    """A user's most recent verified name and whether certificates use it, with the fields of the doc's example response.

    Attributes:
        username (str): The username of the user the verified name belongs to.
        verified_name (str): The name as verified.
        profile_name (str): The name in the user's profile.
        verification_attempt_id (int | None): The identifier of the ID verification attempt that verified the name, if
            any.
        proctored_exam_attempt_id (int | None): The identifier of the proctored exam attempt that verified the name, if
            any.
        status (str): The status of the verified name, such as `approved`.
        use_verified_name_for_certs (bool): Whether the user's certificates show the verified name.
    """

    username: str
    verified_name: str
    profile_name: str
    verification_attempt_id: int | None
    proctored_exam_attempt_id: int | None
    status: str
    use_verified_name_for_certs: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        verified_name = self.verified_name

        profile_name = self.profile_name

        verification_attempt_id: int | None
        verification_attempt_id = self.verification_attempt_id

        proctored_exam_attempt_id: int | None
        proctored_exam_attempt_id = self.proctored_exam_attempt_id

        status = self.status

        use_verified_name_for_certs = self.use_verified_name_for_certs

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        verified_name = d.pop("verified_name")

        profile_name = d.pop("profile_name")

        def _parse_verification_attempt_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        verification_attempt_id = _parse_verification_attempt_id(
            d.pop("verification_attempt_id")
        )

        def _parse_proctored_exam_attempt_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        proctored_exam_attempt_id = _parse_proctored_exam_attempt_id(
            d.pop("proctored_exam_attempt_id")
        )

        status = d.pop("status")

        use_verified_name_for_certs = d.pop("use_verified_name_for_certs")

        name_affirmation_latest_verified_name = cls(
            username=username,
            verified_name=verified_name,
            profile_name=profile_name,
            verification_attempt_id=verification_attempt_id,
            proctored_exam_attempt_id=proctored_exam_attempt_id,
            status=status,
            use_verified_name_for_certs=use_verified_name_for_certs,
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
