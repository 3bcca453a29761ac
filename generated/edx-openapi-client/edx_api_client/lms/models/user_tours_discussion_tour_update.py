from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserToursDiscussionTourUpdate")


@_attrs_define
class UserToursDiscussionTourUpdate:
    """The writable field of a discussion tour; it may be left out (the model defaults it to true).

    Attributes:
        show_tour (bool | Unset): Whether the tour should still be shown to the user.
    """

    show_tour: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_tour = self.show_tour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if show_tour is not UNSET:
            field_dict["show_tour"] = show_tour

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        show_tour = d.pop("show_tour", UNSET)
        if not isinstance(show_tour, Unset) and not (isinstance(show_tour, bool)):
            raise TypeError(
                f"show_tour: expected a boolean, got {type(show_tour).__name__}"
            )

        user_tours_discussion_tour_update = cls(
            show_tour=show_tour,
        )

        user_tours_discussion_tour_update.additional_properties = d
        return user_tours_discussion_tour_update

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
