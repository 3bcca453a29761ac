from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_retirement_user_profile import UserRetirementUserProfile


T = TypeVar("T", bound="UserRetirementUser")


@_attrs_define
class UserRetirementUser:
    """The user being retired.

    Attributes:
        id (int): The user's identifier.
        username (str): The user's current username.
        email (str): The user's current email address.
        profile (UserRetirementUserProfile): The user's profile.
    """

    id: int
    username: str
    email: str
    profile: UserRetirementUserProfile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        email = self.email

        profile = self.profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "email": email,
                "profile": profile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_retirement_user_profile import UserRetirementUserProfile

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        username = d.pop("username")

        email = d.pop("email")

        profile = UserRetirementUserProfile.from_dict(d.pop("profile"))

        user_retirement_user = cls(
            id=id,
            username=username,
            email=email,
            profile=profile,
        )

        user_retirement_user.additional_properties = d
        return user_retirement_user

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
