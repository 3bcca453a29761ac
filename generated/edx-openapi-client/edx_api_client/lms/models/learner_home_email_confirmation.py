from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerHomeEmailConfirmation")


@_attrs_define
class LearnerHomeEmailConfirmation:
    """Whether the user still has to confirm their email address, and where to ask for the activation email again.

    Attributes:
        is_needed (bool): True while the account is not activated.
        send_email_url (str): Where to ask for the activation email again (a URL, from the site's settings).
    """

    is_needed: bool
    send_email_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_needed = self.is_needed

        send_email_url = self.send_email_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isNeeded": is_needed,
                "sendEmailUrl": send_email_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_needed = d.pop("isNeeded")
        if not (isinstance(is_needed, bool)):
            raise TypeError(
                f"isNeeded: expected a boolean, got {type(is_needed).__name__}"
            )

        send_email_url = d.pop("sendEmailUrl")

        learner_home_email_confirmation = cls(
            is_needed=is_needed,
            send_email_url=send_email_url,
        )

        learner_home_email_confirmation.additional_properties = d
        return learner_home_email_confirmation

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
