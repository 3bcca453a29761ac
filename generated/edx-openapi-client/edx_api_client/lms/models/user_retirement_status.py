from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_retirement_state import UserRetirementState
    from ..models.user_retirement_user import UserRetirementUser


T = TypeVar("T", bound="UserRetirementStatus")


@_attrs_define
class UserRetirementStatus:
    """A RetirementStatus row: where a user's retirement stands. It holds every field of the row but its log of responses.

    Attributes:
        id (int): The row's identifier (the one that cancels the retirement).
        user (UserRetirementUser): The user being retired.
        current_state (UserRetirementState): A step of the retirement pipeline.
        last_state (UserRetirementState): A step of the retirement pipeline.
        original_username (str): The username before retirement.
        original_email (str): The email address before retirement.
        original_name (str): The full name before retirement (possibly empty).
        retired_username (str): The username the user is given once retired.
        retired_email (str): The email address the user is given once retired.
        created (datetime.datetime): When the user entered the retirement queue.
        modified (datetime.datetime): When the row last changed.
    """

    id: int
    user: UserRetirementUser
    current_state: UserRetirementState
    last_state: UserRetirementState
    original_username: str
    original_email: str
    original_name: str
    retired_username: str
    retired_email: str
    created: datetime.datetime
    modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user.to_dict()

        current_state = self.current_state.to_dict()

        last_state = self.last_state.to_dict()

        original_username = self.original_username

        original_email = self.original_email

        original_name = self.original_name

        retired_username = self.retired_username

        retired_email = self.retired_email

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user": user,
                "current_state": current_state,
                "last_state": last_state,
                "original_username": original_username,
                "original_email": original_email,
                "original_name": original_name,
                "retired_username": retired_username,
                "retired_email": retired_email,
                "created": created,
                "modified": modified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_retirement_state import UserRetirementState
        from ..models.user_retirement_user import UserRetirementUser

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        user = UserRetirementUser.from_dict(d.pop("user"))

        current_state = UserRetirementState.from_dict(d.pop("current_state"))

        last_state = UserRetirementState.from_dict(d.pop("last_state"))

        original_username = d.pop("original_username")

        original_email = d.pop("original_email")

        original_name = d.pop("original_name")

        retired_username = d.pop("retired_username")

        retired_email = d.pop("retired_email")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        user_retirement_status = cls(
            id=id,
            user=user,
            current_state=current_state,
            last_state=last_state,
            original_username=original_username,
            original_email=original_email,
            original_name=original_name,
            retired_username=retired_username,
            retired_email=retired_email,
            created=created,
            modified=modified,
        )

        user_retirement_status.additional_properties = d
        return user_retirement_status

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
