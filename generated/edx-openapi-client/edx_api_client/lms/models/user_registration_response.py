from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_registration_authenticated_user import (
        UserRegistrationAuthenticatedUser,
    )


T = TypeVar("T", bound="UserRegistrationResponse")


@_attrs_define
class UserRegistrationResponse:
    """The new account, signed in.

    Attributes:
        success (bool): Always true on success.
        authenticated_user (UserRegistrationAuthenticatedUser): The user just created and signed in.
        redirect_url (str | Unset): Where the browser should go next; left out when there is nowhere.
    """

    success: bool
    authenticated_user: UserRegistrationAuthenticatedUser
    redirect_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        authenticated_user = self.authenticated_user.to_dict()

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "authenticated_user": authenticated_user,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_registration_authenticated_user import (
            UserRegistrationAuthenticatedUser,
        )

        d = dict(src_dict)
        success = d.pop("success")
        if not (isinstance(success, bool)):
            raise TypeError(
                f"success: expected a boolean, got {type(success).__name__}"
            )

        authenticated_user = UserRegistrationAuthenticatedUser.from_dict(
            d.pop("authenticated_user")
        )

        redirect_url = d.pop("redirect_url", UNSET)

        user_registration_response = cls(
            success=success,
            authenticated_user=authenticated_user,
            redirect_url=redirect_url,
        )

        user_registration_response.additional_properties = d
        return user_registration_response

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
