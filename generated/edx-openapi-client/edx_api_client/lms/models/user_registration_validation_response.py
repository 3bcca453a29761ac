from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_registration_validation_response_validation_decisions import (
        UserRegistrationValidationResponseValidationDecisions,
    )


T = TypeVar("T", bound="UserRegistrationValidationResponse")


@_attrs_define
class UserRegistrationValidationResponse:
    """One decision per field checked: an empty string when the input is fine, otherwise the message for the user.

    Attributes:
        validation_decisions (UserRegistrationValidationResponseValidationDecisions): The decision for each field
            checked, by field name.
        username_suggestions (list[str] | Unset): Usernames suggested from the name or the taken username sent.
    """

    validation_decisions: UserRegistrationValidationResponseValidationDecisions
    username_suggestions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        validation_decisions = self.validation_decisions.to_dict()

        username_suggestions: list[str] | Unset = UNSET
        if not isinstance(self.username_suggestions, Unset):
            username_suggestions = self.username_suggestions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "validation_decisions": validation_decisions,
            }
        )
        if username_suggestions is not UNSET:
            field_dict["username_suggestions"] = username_suggestions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_registration_validation_response_validation_decisions import (
            UserRegistrationValidationResponseValidationDecisions,
        )

        d = dict(src_dict)
        validation_decisions = (
            UserRegistrationValidationResponseValidationDecisions.from_dict(
                d.pop("validation_decisions")
            )
        )

        username_suggestions = cast(list[str], d.pop("username_suggestions", UNSET))

        user_registration_validation_response = cls(
            validation_decisions=validation_decisions,
            username_suggestions=username_suggestions,
        )

        user_registration_validation_response.additional_properties = d
        return user_registration_validation_response

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
