from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRetirementPartnerReport")


@_attrs_define
class UserRetirementPartnerReport:
    """A user due for partner reporting (a UserRetirementPartnerReportingStatus).

    Attributes:
        user_id (int): The user's identifier.
        original_username (str): The username before retirement.
        original_email (str): The email address before retirement.
        original_name (str): The full name before retirement (possibly empty).
        orgs (list[str]): The organizations whose courses the user was enrolled in.
        created (datetime.datetime): When the reporting record was created.
        student_id (str | Unset): A student identifier; the view does not fill it in.
        orgs_config (list[Any] | Unset): Per-organization report settings; the view does not fill them in.
    """

    user_id: int
    original_username: str
    original_email: str
    original_name: str
    orgs: list[str]
    created: datetime.datetime
    student_id: str | Unset = UNSET
    orgs_config: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        original_username = self.original_username

        original_email = self.original_email

        original_name = self.original_name

        orgs = self.orgs

        created = self.created.isoformat()

        student_id = self.student_id

        orgs_config: list[Any] | Unset = UNSET
        if not isinstance(self.orgs_config, Unset):
            orgs_config = self.orgs_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "original_username": original_username,
                "original_email": original_email,
                "original_name": original_name,
                "orgs": orgs,
                "created": created,
            }
        )
        if student_id is not UNSET:
            field_dict["student_id"] = student_id
        if orgs_config is not UNSET:
            field_dict["orgs_config"] = orgs_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id")
        if not (isinstance(user_id, int) and not isinstance(user_id, bool)):
            raise TypeError(
                f"user_id: expected an integer, got {type(user_id).__name__}"
            )

        original_username = d.pop("original_username")

        original_email = d.pop("original_email")

        original_name = d.pop("original_name")

        orgs = cast(list[str], d.pop("orgs"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        student_id = d.pop("student_id", UNSET)

        orgs_config = cast(list[Any], d.pop("orgs_config", UNSET))

        user_retirement_partner_report = cls(
            user_id=user_id,
            original_username=original_username,
            original_email=original_email,
            original_name=original_name,
            orgs=orgs,
            created=created,
            student_id=student_id,
            orgs_config=orgs_config,
        )

        user_retirement_partner_report.additional_properties = d
        return user_retirement_partner_report

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
