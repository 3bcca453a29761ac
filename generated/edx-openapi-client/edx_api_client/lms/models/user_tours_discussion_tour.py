from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserToursDiscussionTour")


@_attrs_define
class UserToursDiscussionTour:
    """One discussion tour of the user and whether it should still be shown.

    Attributes:
        id (int): The identifier of the tour record, as used in the path of the PUT.
        tour_name (str): The name of the tour.
        show_tour (bool): Whether the tour should be shown to the user.
        user (int): The id of the user the tour belongs to.
    """

    id: int
    tour_name: str
    show_tour: bool
    user: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tour_name = self.tour_name

        show_tour = self.show_tour

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tour_name": tour_name,
                "show_tour": show_tour,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        tour_name = d.pop("tour_name")

        show_tour = d.pop("show_tour")
        if not (isinstance(show_tour, bool)):
            raise TypeError(
                f"show_tour: expected a boolean, got {type(show_tour).__name__}"
            )

        user = d.pop("user")
        if not (isinstance(user, int) and not isinstance(user, bool)):
            raise TypeError(f"user: expected an integer, got {type(user).__name__}")

        user_tours_discussion_tour = cls(
            id=id,
            tour_name=tour_name,
            show_tour=show_tour,
            user=user,
        )

        user_tours_discussion_tour.additional_properties = d
        return user_tours_discussion_tour

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
