from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LtiConsumerMembershipError")


@_attrs_define
class LtiConsumerMembershipError:
    """Why the membership list was refused.

    Attributes:
        error (str | Unset): `above_response_limit` when the course has too many members.
        explanation (str | Unset): A text explaining the error.
        detail (str | Unset): Why the token was refused.
    """

    error: str | Unset = UNSET
    explanation: str | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        explanation = self.explanation

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        explanation = d.pop("explanation", UNSET)

        detail = d.pop("detail", UNSET)

        lti_consumer_membership_error = cls(
            error=error,
            explanation=explanation,
            detail=detail,
        )

        lti_consumer_membership_error.additional_properties = d
        return lti_consumer_membership_error

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
