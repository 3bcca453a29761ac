from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentsRev934Upsell")


@_attrs_define
class ExperimentsRev934Upsell:
    """The REV-934 upsell decision for the mobile app. Only `show_upsell` is always present; which other members come with
    it depends on the case (see the operation).

        Attributes:
            show_upsell (bool): Whether the app should offer the verified upgrade of the course.
            upsell_flag (bool | Unset): Whether the experiment's waffle flag is on; absent when the upsell is shown.
            course_running (bool | Unset): Present, and false, when the course has not started or has already ended.
            price (str | Unset): The verified mode's display price, as text; present when the upsell is shown.
            basket_url (None | str | Unset): Where the learner upgrades: the ecommerce checkout URL for the verified mode, a
                dashboard path when ecommerce is off for the user, or null when the course has no verified mode. Present
                whenever the course is running and the flag is on.
            experiment_bucket (int | Unset): The experiment bucket the user falls in; present when the upsell is not shown.
            user_upsell (bool | Unset): Whether the user could be offered the upgrade (true when not enrolled); present when
                the upsell is not shown.
    """

    show_upsell: bool
    upsell_flag: bool | Unset = UNSET
    course_running: bool | Unset = UNSET
    price: str | Unset = UNSET
    basket_url: None | str | Unset = UNSET
    experiment_bucket: int | Unset = UNSET
    user_upsell: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_upsell = self.show_upsell

        upsell_flag = self.upsell_flag

        course_running = self.course_running

        price = self.price

        basket_url: None | str | Unset
        if isinstance(self.basket_url, Unset):
            basket_url = UNSET
        else:
            basket_url = self.basket_url

        experiment_bucket = self.experiment_bucket

        user_upsell = self.user_upsell

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "show_upsell": show_upsell,
            }
        )
        if upsell_flag is not UNSET:
            field_dict["upsell_flag"] = upsell_flag
        if course_running is not UNSET:
            field_dict["course_running"] = course_running
        if price is not UNSET:
            field_dict["price"] = price
        if basket_url is not UNSET:
            field_dict["basket_url"] = basket_url
        if experiment_bucket is not UNSET:
            field_dict["experiment_bucket"] = experiment_bucket
        if user_upsell is not UNSET:
            field_dict["user_upsell"] = user_upsell

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        show_upsell = d.pop("show_upsell")
        if not (isinstance(show_upsell, bool)):
            raise TypeError(
                f"show_upsell: expected a boolean, got {type(show_upsell).__name__}"
            )

        upsell_flag = d.pop("upsell_flag", UNSET)
        if not isinstance(upsell_flag, Unset) and not (isinstance(upsell_flag, bool)):
            raise TypeError(
                f"upsell_flag: expected a boolean, got {type(upsell_flag).__name__}"
            )

        course_running = d.pop("course_running", UNSET)
        if not isinstance(course_running, Unset) and not (
            isinstance(course_running, bool)
        ):
            raise TypeError(
                f"course_running: expected a boolean, got {type(course_running).__name__}"
            )

        price = d.pop("price", UNSET)

        def _parse_basket_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        basket_url = _parse_basket_url(d.pop("basket_url", UNSET))

        experiment_bucket = d.pop("experiment_bucket", UNSET)
        if not isinstance(experiment_bucket, Unset) and not (
            isinstance(experiment_bucket, int)
            and not isinstance(experiment_bucket, bool)
        ):
            raise TypeError(
                f"experiment_bucket: expected an integer, got {type(experiment_bucket).__name__}"
            )

        user_upsell = d.pop("user_upsell", UNSET)
        if not isinstance(user_upsell, Unset) and not (isinstance(user_upsell, bool)):
            raise TypeError(
                f"user_upsell: expected a boolean, got {type(user_upsell).__name__}"
            )

        experiments_rev_934_upsell = cls(
            show_upsell=show_upsell,
            upsell_flag=upsell_flag,
            course_running=course_running,
            price=price,
            basket_url=basket_url,
            experiment_bucket=experiment_bucket,
            user_upsell=user_upsell,
        )

        experiments_rev_934_upsell.additional_properties = d
        return experiments_rev_934_upsell

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
