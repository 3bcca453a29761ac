from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRetirementStatusUpdateRequest")


@_attrs_define
class UserRetirementStatusUpdateRequest:
    """The new retirement state of a user and the message to log. The platform refuses any other member.

    Attributes:
        username (str): The username of the user being retired.
        new_state (str): The retirement state to move to, for example LOCKING_COMPLETE.
        response (str): A message appended to the retirement's log.
        force (bool | Unset): Move to the state even when it does not follow the current one.
    """

    username: str
    new_state: str
    response: str
    force: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        new_state = self.new_state

        response = self.response

        force = self.force

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "new_state": new_state,
                "response": response,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        new_state = d.pop("new_state")

        response = d.pop("response")

        force = d.pop("force", UNSET)
        if not isinstance(force, Unset) and not (isinstance(force, bool)):
            raise TypeError(f"force: expected a boolean, got {type(force).__name__}")

        user_retirement_status_update_request = cls(
            username=username,
            new_state=new_state,
            response=response,
            force=force,
        )

        return user_retirement_status_update_request
