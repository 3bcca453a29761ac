from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentsUserMetadataProgram")


@_attrs_define
class ExperimentsUserMetadataProgram:
    """The first program of the course, as the catalog gives it, with the user's standing in it.

    Attributes:
        uuid (None | str | Unset): The program's UUID.
        title (None | str | Unset): The program's title.
        marketing_url (None | str | Unset): The program's marketing page.
        status (None | str | Unset): The program's status in the catalog.
        is_eligible_for_one_click_purchase (bool | None | Unset): Whether the program's remaining courses can be bought
            at once.
        total_courses (int | None | Unset): How many courses the program has; null when the catalog lists none.
        complete_enrollment (bool | Unset): Whether the user is enrolled in every course of the program.
        has_courses_left_to_purchase (bool | Unset): Whether some course of the program has no paid enrollment of the
            user yet.
        courses_left_to_purchase_price (None | str | Unset): The formatted total price of the courses left to buy, when
            they can be bought at once.
        courses_left_to_purchase_url (None | str | Unset): The checkout page for the courses left to buy, when they can
            be bought at once.
    """

    uuid: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    marketing_url: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    is_eligible_for_one_click_purchase: bool | None | Unset = UNSET
    total_courses: int | None | Unset = UNSET
    complete_enrollment: bool | Unset = UNSET
    has_courses_left_to_purchase: bool | Unset = UNSET
    courses_left_to_purchase_price: None | str | Unset = UNSET
    courses_left_to_purchase_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        marketing_url: None | str | Unset
        if isinstance(self.marketing_url, Unset):
            marketing_url = UNSET
        else:
            marketing_url = self.marketing_url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        is_eligible_for_one_click_purchase: bool | None | Unset
        if isinstance(self.is_eligible_for_one_click_purchase, Unset):
            is_eligible_for_one_click_purchase = UNSET
        else:
            is_eligible_for_one_click_purchase = self.is_eligible_for_one_click_purchase

        total_courses: int | None | Unset
        if isinstance(self.total_courses, Unset):
            total_courses = UNSET
        else:
            total_courses = self.total_courses

        complete_enrollment = self.complete_enrollment

        has_courses_left_to_purchase = self.has_courses_left_to_purchase

        courses_left_to_purchase_price: None | str | Unset
        if isinstance(self.courses_left_to_purchase_price, Unset):
            courses_left_to_purchase_price = UNSET
        else:
            courses_left_to_purchase_price = self.courses_left_to_purchase_price

        courses_left_to_purchase_url: None | str | Unset
        if isinstance(self.courses_left_to_purchase_url, Unset):
            courses_left_to_purchase_url = UNSET
        else:
            courses_left_to_purchase_url = self.courses_left_to_purchase_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if marketing_url is not UNSET:
            field_dict["marketing_url"] = marketing_url
        if status is not UNSET:
            field_dict["status"] = status
        if is_eligible_for_one_click_purchase is not UNSET:
            field_dict["is_eligible_for_one_click_purchase"] = (
                is_eligible_for_one_click_purchase
            )
        if total_courses is not UNSET:
            field_dict["total_courses"] = total_courses
        if complete_enrollment is not UNSET:
            field_dict["complete_enrollment"] = complete_enrollment
        if has_courses_left_to_purchase is not UNSET:
            field_dict["has_courses_left_to_purchase"] = has_courses_left_to_purchase
        if courses_left_to_purchase_price is not UNSET:
            field_dict["courses_left_to_purchase_price"] = (
                courses_left_to_purchase_price
            )
        if courses_left_to_purchase_url is not UNSET:
            field_dict["courses_left_to_purchase_url"] = courses_left_to_purchase_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uuid = _parse_uuid(d.pop("uuid", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_marketing_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        marketing_url = _parse_marketing_url(d.pop("marketing_url", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_is_eligible_for_one_click_purchase(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                is_eligible_for_one_click_purchase_type_0 = data
                if not (isinstance(is_eligible_for_one_click_purchase_type_0, bool)):
                    raise TypeError(
                        f"is_eligible_for_one_click_purchase_type_0: expected a boolean, got {type(is_eligible_for_one_click_purchase_type_0).__name__}"
                    )

                return is_eligible_for_one_click_purchase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None | Unset, data)

        is_eligible_for_one_click_purchase = _parse_is_eligible_for_one_click_purchase(
            d.pop("is_eligible_for_one_click_purchase", UNSET)
        )

        def _parse_total_courses(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                total_courses_type_0 = data
                if not (
                    isinstance(total_courses_type_0, int)
                    and not isinstance(total_courses_type_0, bool)
                ):
                    raise TypeError(
                        f"total_courses_type_0: expected an integer, got {type(total_courses_type_0).__name__}"
                    )

                return total_courses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        total_courses = _parse_total_courses(d.pop("total_courses", UNSET))

        complete_enrollment = d.pop("complete_enrollment", UNSET)
        if not isinstance(complete_enrollment, Unset) and not (
            isinstance(complete_enrollment, bool)
        ):
            raise TypeError(
                f"complete_enrollment: expected a boolean, got {type(complete_enrollment).__name__}"
            )

        has_courses_left_to_purchase = d.pop("has_courses_left_to_purchase", UNSET)
        if not isinstance(has_courses_left_to_purchase, Unset) and not (
            isinstance(has_courses_left_to_purchase, bool)
        ):
            raise TypeError(
                f"has_courses_left_to_purchase: expected a boolean, got {type(has_courses_left_to_purchase).__name__}"
            )

        def _parse_courses_left_to_purchase_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        courses_left_to_purchase_price = _parse_courses_left_to_purchase_price(
            d.pop("courses_left_to_purchase_price", UNSET)
        )

        def _parse_courses_left_to_purchase_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        courses_left_to_purchase_url = _parse_courses_left_to_purchase_url(
            d.pop("courses_left_to_purchase_url", UNSET)
        )

        experiments_user_metadata_program = cls(
            uuid=uuid,
            title=title,
            marketing_url=marketing_url,
            status=status,
            is_eligible_for_one_click_purchase=is_eligible_for_one_click_purchase,
            total_courses=total_courses,
            complete_enrollment=complete_enrollment,
            has_courses_left_to_purchase=has_courses_left_to_purchase,
            courses_left_to_purchase_price=courses_left_to_purchase_price,
            courses_left_to_purchase_url=courses_left_to_purchase_url,
        )

        experiments_user_metadata_program.additional_properties = d
        return experiments_user_metadata_program

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
