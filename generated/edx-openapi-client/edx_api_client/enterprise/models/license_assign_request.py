from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LicenseAssignRequest")


@_attrs_define
class LicenseAssignRequest:
    """Who gets a license, and how they are told about it. The service requires a non-empty user_emails; addresses are
    lower-cased and duplicates dropped.

        Attributes:
            user_emails (list[str]): The email addresses of the users to assign licenses to.
            user_sfids (list[None | str] | Unset): The users' Salesforce identifiers, in the order of user_emails and as
                many as there are addresses; each at least 18 characters, or null.
            greeting (str | Unset): Text placed at the top of the notification email, when users are notified.
            closing (str | Unset): Text placed at the bottom of the notification email.
            notify_users (bool | Unset): Whether the users are emailed once their licenses are assigned (default true).
                Default: True.
    """

    user_emails: list[str]
    user_sfids: list[None | str] | Unset = UNSET
    greeting: str | Unset = UNSET
    closing: str | Unset = UNSET
    notify_users: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_emails = self.user_emails

        user_sfids: list[None | str] | Unset = UNSET
        if not isinstance(self.user_sfids, Unset):
            user_sfids = []
            for user_sfids_item_data in self.user_sfids:
                user_sfids_item: None | str
                user_sfids_item = user_sfids_item_data
                user_sfids.append(user_sfids_item)

        greeting = self.greeting

        closing = self.closing

        notify_users = self.notify_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_emails": user_emails,
            }
        )
        if user_sfids is not UNSET:
            field_dict["user_sfids"] = user_sfids
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if closing is not UNSET:
            field_dict["closing"] = closing
        if notify_users is not UNSET:
            field_dict["notify_users"] = notify_users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_emails = cast(list[str], d.pop("user_emails"))

        _user_sfids = d.pop("user_sfids", UNSET)
        user_sfids: list[None | str] | Unset = UNSET
        if _user_sfids is not UNSET:
            user_sfids = []
            for user_sfids_item_data in _user_sfids:

                def _parse_user_sfids_item(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                user_sfids_item = _parse_user_sfids_item(user_sfids_item_data)

                user_sfids.append(user_sfids_item)

        greeting = d.pop("greeting", UNSET)

        closing = d.pop("closing", UNSET)

        notify_users = d.pop("notify_users", UNSET)
        if not isinstance(notify_users, Unset) and not (isinstance(notify_users, bool)):
            raise TypeError(
                f"notify_users: expected a boolean, got {type(notify_users).__name__}"
            )

        license_assign_request = cls(
            user_emails=user_emails,
            user_sfids=user_sfids,
            greeting=greeting,
            closing=closing,
            notify_users=notify_users,
        )

        license_assign_request.additional_properties = d
        return license_assign_request

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
