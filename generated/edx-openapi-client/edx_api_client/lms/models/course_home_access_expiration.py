from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeAccessExpiration")


@_attrs_define
class CourseHomeAccessExpiration:
    """When the user's access to the course expires. The field table types this as an object and lists none of its members.

    Attributes:
        expiration_date (str | Unset): When access expires (ISO 8601).
        masquerading_expired_course (bool | Unset): Whether the course has expired for the user being masqueraded as.
        upgrade_deadline (None | str | Unset): The last moment to upgrade (ISO 8601), or null when upgrading is no
            longer possible.
        upgrade_url (None | str | Unset): The upgrade link, or null when upgrading is no longer possible.
    """

    expiration_date: str | Unset = UNSET
    masquerading_expired_course: bool | Unset = UNSET
    upgrade_deadline: None | str | Unset = UNSET
    upgrade_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiration_date = self.expiration_date

        masquerading_expired_course = self.masquerading_expired_course

        upgrade_deadline: None | str | Unset
        if isinstance(self.upgrade_deadline, Unset):
            upgrade_deadline = UNSET
        else:
            upgrade_deadline = self.upgrade_deadline

        upgrade_url: None | str | Unset
        if isinstance(self.upgrade_url, Unset):
            upgrade_url = UNSET
        else:
            upgrade_url = self.upgrade_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if masquerading_expired_course is not UNSET:
            field_dict["masquerading_expired_course"] = masquerading_expired_course
        if upgrade_deadline is not UNSET:
            field_dict["upgrade_deadline"] = upgrade_deadline
        if upgrade_url is not UNSET:
            field_dict["upgrade_url"] = upgrade_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expiration_date = d.pop("expiration_date", UNSET)

        masquerading_expired_course = d.pop("masquerading_expired_course", UNSET)
        if not isinstance(masquerading_expired_course, Unset) and not (
            isinstance(masquerading_expired_course, bool)
        ):
            raise TypeError(
                f"masquerading_expired_course: expected a boolean, got {type(masquerading_expired_course).__name__}"
            )

        def _parse_upgrade_deadline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upgrade_deadline = _parse_upgrade_deadline(d.pop("upgrade_deadline", UNSET))

        def _parse_upgrade_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upgrade_url = _parse_upgrade_url(d.pop("upgrade_url", UNSET))

        course_home_access_expiration = cls(
            expiration_date=expiration_date,
            masquerading_expired_course=masquerading_expired_course,
            upgrade_deadline=upgrade_deadline,
            upgrade_url=upgrade_url,
        )

        course_home_access_expiration.additional_properties = d
        return course_home_access_expiration

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
