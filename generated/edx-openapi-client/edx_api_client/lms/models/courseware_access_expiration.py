from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoursewareAccessExpiration")


@_attrs_define
class CoursewareAccessExpiration:
    """When the user's access to the course expires.

    Attributes:
        expiration_date (datetime.datetime): When access expires (ISO 8601).
        masquerading_expired_course (bool): Whether the course has expired for the user being masqueraded as.
        upgrade_deadline (datetime.datetime | None): The last moment to upgrade (ISO 8601), or null when upgrading is no
            longer possible.
        upgrade_url (None | str): The upgrade link, or null when upgrading is no longer possible.
    """

    expiration_date: datetime.datetime
    masquerading_expired_course: bool
    upgrade_deadline: datetime.datetime | None
    upgrade_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiration_date = self.expiration_date.isoformat()

        masquerading_expired_course = self.masquerading_expired_course

        upgrade_deadline: None | str
        if isinstance(self.upgrade_deadline, datetime.datetime):
            upgrade_deadline = self.upgrade_deadline.isoformat()
        else:
            upgrade_deadline = self.upgrade_deadline

        upgrade_url: None | str
        upgrade_url = self.upgrade_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiration_date": expiration_date,
                "masquerading_expired_course": masquerading_expired_course,
                "upgrade_deadline": upgrade_deadline,
                "upgrade_url": upgrade_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expiration_date = datetime.datetime.fromisoformat(d.pop("expiration_date"))

        masquerading_expired_course = d.pop("masquerading_expired_course")
        if not (isinstance(masquerading_expired_course, bool)):
            raise TypeError(
                f"masquerading_expired_course: expected a boolean, got {type(masquerading_expired_course).__name__}"
            )

        def _parse_upgrade_deadline(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                upgrade_deadline_type_0 = datetime.datetime.fromisoformat(data)

                return upgrade_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        upgrade_deadline = _parse_upgrade_deadline(d.pop("upgrade_deadline"))

        def _parse_upgrade_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        upgrade_url = _parse_upgrade_url(d.pop("upgrade_url"))

        courseware_access_expiration = cls(
            expiration_date=expiration_date,
            masquerading_expired_course=masquerading_expired_course,
            upgrade_deadline=upgrade_deadline,
            upgrade_url=upgrade_url,
        )

        courseware_access_expiration.additional_properties = d
        return courseware_access_expiration

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
