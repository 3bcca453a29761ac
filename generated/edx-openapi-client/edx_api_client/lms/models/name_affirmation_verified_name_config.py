from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NameAffirmationVerifiedNameConfig")


@_attrs_define
class NameAffirmationVerifiedNameConfig:
    """A user's verified name configuration.

    Attributes:
        username (str): The username the configuration belongs to.
        change_date (str | Unset): When the configuration was changed.
        use_verified_name_for_certs (bool | Unset): Whether the user's certificates show the verified name.
    """

    username: str
    change_date: str | Unset = UNSET
    use_verified_name_for_certs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        change_date = self.change_date

        use_verified_name_for_certs = self.use_verified_name_for_certs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )
        if change_date is not UNSET:
            field_dict["change_date"] = change_date
        if use_verified_name_for_certs is not UNSET:
            field_dict["use_verified_name_for_certs"] = use_verified_name_for_certs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        change_date = d.pop("change_date", UNSET)

        use_verified_name_for_certs = d.pop("use_verified_name_for_certs", UNSET)
        if not isinstance(use_verified_name_for_certs, Unset) and not (
            isinstance(use_verified_name_for_certs, bool)
        ):
            raise TypeError(
                f"use_verified_name_for_certs: expected a boolean, got {type(use_verified_name_for_certs).__name__}"
            )

        name_affirmation_verified_name_config = cls(
            username=username,
            change_date=change_date,
            use_verified_name_for_certs=use_verified_name_for_certs,
        )

        name_affirmation_verified_name_config.additional_properties = d
        return name_affirmation_verified_name_config

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
