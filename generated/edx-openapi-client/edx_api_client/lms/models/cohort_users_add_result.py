from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cohort_added_user import CohortAddedUser
    from ..models.cohort_moved_user import CohortMovedUser


T = TypeVar("T", bound="CohortUsersAddResult")


@_attrs_define
class CohortUsersAddResult:
    """What became of each user sent: added, moved from another cohort, already a member, unknown, preassigned (an email
    address of no account yet, kept so the learner joins the cohort on enrolling) or invalid (a malformed email
    address).

        Attributes:
            success (bool): Always true.
            added (list[CohortAddedUser]): The users added to the cohort.
            changed (list[CohortMovedUser]): The users moved into the cohort from another cohort of the course.
            present (list[str]): The usernames or email addresses, as sent, of users already in the cohort.
            unknown (list[str]): The usernames or email addresses, as sent, that name no user.
            preassigned (list[str]): The email addresses, as sent, of people without an account, preassigned to the cohort.
            invalid (list[str]): The values sent that look like email addresses but are not valid ones.
    """

    success: bool
    added: list[CohortAddedUser]
    changed: list[CohortMovedUser]
    present: list[str]
    unknown: list[str]
    preassigned: list[str]
    invalid: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        added = []
        for added_item_data in self.added:
            added_item = added_item_data.to_dict()
            added.append(added_item)

        changed = []
        for changed_item_data in self.changed:
            changed_item = changed_item_data.to_dict()
            changed.append(changed_item)

        present = self.present

        unknown = self.unknown

        preassigned = self.preassigned

        invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "added": added,
                "changed": changed,
                "present": present,
                "unknown": unknown,
                "preassigned": preassigned,
                "invalid": invalid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cohort_added_user import CohortAddedUser
        from ..models.cohort_moved_user import CohortMovedUser

        d = dict(src_dict)
        success = d.pop("success")
        if not (isinstance(success, bool)):
            raise TypeError(
                f"success: expected a boolean, got {type(success).__name__}"
            )

        added = []
        _added = d.pop("added")
        for added_item_data in _added:
            added_item = CohortAddedUser.from_dict(added_item_data)

            added.append(added_item)

        changed = []
        _changed = d.pop("changed")
        for changed_item_data in _changed:
            changed_item = CohortMovedUser.from_dict(changed_item_data)

            changed.append(changed_item)

        present = cast(list[str], d.pop("present"))

        unknown = cast(list[str], d.pop("unknown"))

        preassigned = cast(list[str], d.pop("preassigned"))

        invalid = cast(list[str], d.pop("invalid"))

        cohort_users_add_result = cls(
            success=success,
            added=added,
            changed=changed,
            present=present,
            unknown=unknown,
            preassigned=preassigned,
            invalid=invalid,
        )

        cohort_users_add_result.additional_properties = d
        return cohort_users_add_result

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
