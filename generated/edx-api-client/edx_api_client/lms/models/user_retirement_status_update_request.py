from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRetirementStatusUpdateRequest")


@_attrs_define
class UserRetirementStatusUpdateRequest:
    """The new retirement state of a user and the message to log.

    Attributes:
        username (str | Unset): The username of the user being retired.
        new_state (str | Unset): The retirement state to move to, for example LOCKING_COMPLETE.
        response (str | Unset): A message appended to the retirement's log.
    """

    username: str | Unset = UNSET
    new_state: str | Unset = UNSET
    response: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        new_state = self.new_state

        response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if new_state is not UNSET:
            field_dict["new_state"] = new_state
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        new_state = d.pop("new_state", UNSET)

        response = d.pop("response", UNSET)

        user_retirement_status_update_request = cls(
            username=username,
            new_state=new_state,
            response=response,
        )

        user_retirement_status_update_request.additional_properties = d
        return user_retirement_status_update_request

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
