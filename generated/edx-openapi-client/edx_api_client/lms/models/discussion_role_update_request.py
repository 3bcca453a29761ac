from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discussion_role_update_request_action import (
    DiscussionRoleUpdateRequestAction,
)

T = TypeVar("T", bound="DiscussionRoleUpdateRequest")


@_attrs_define
class DiscussionRoleUpdateRequest:
    """Whom to add to the role, or remove from it.

    Attributes:
        user_id (str): The username or email address of the user; an unknown user answers 400.
        action (DiscussionRoleUpdateRequestAction): `allow` adds the user to the role, `revoke` removes them.
    """

    user_id: str
    action: DiscussionRoleUpdateRequestAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        action = self.action.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        action = DiscussionRoleUpdateRequestAction(d.pop("action"))

        discussion_role_update_request = cls(
            user_id=user_id,
            action=action,
        )

        discussion_role_update_request.additional_properties = d
        return discussion_role_update_request

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
