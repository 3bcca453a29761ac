from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalog_seat_currency import CatalogSeatCurrency
from ..models.catalog_seat_type import CatalogSeatType

T = TypeVar("T", bound="CatalogSeat")


@_attrs_define
class CatalogSeat:
    """An enrollment mode (seat) that a course run offers, and its price.

    Attributes:
        type_ (CatalogSeatType): The enrollment mode of the seat.
        price (str): Price in US dollars of the certificate or academic credit that the seat grants, as a decimal
            string.
        currency (CatalogSeatCurrency): The currency of the price: always USD.
        upgrade_deadline (datetime.datetime | None): The last moment at which a learner can move from the audit track to
            the verified certificate track.
        credit_provider (None | str): The institution that grants academic credit to learners who pass.
        credit_hours (int | None): How many credit hours a learner who passes earns.
    """

    type_: CatalogSeatType
    price: str
    currency: CatalogSeatCurrency
    upgrade_deadline: datetime.datetime | None
    credit_provider: None | str
    credit_hours: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        price = self.price

        currency = self.currency.value

        upgrade_deadline: None | str
        if isinstance(self.upgrade_deadline, datetime.datetime):
            upgrade_deadline = self.upgrade_deadline.isoformat()
        else:
            upgrade_deadline = self.upgrade_deadline

        credit_provider: None | str
        credit_provider = self.credit_provider

        credit_hours: int | None
        credit_hours = self.credit_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "price": price,
                "currency": currency,
                "upgrade_deadline": upgrade_deadline,
                "credit_provider": credit_provider,
                "credit_hours": credit_hours,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = CatalogSeatType(d.pop("type"))

        price = d.pop("price")

        currency = CatalogSeatCurrency(d.pop("currency"))

        def _parse_upgrade_deadline(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                upgrade_deadline_type_0 = datetime.datetime.fromisoformat(data)

                return upgrade_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        upgrade_deadline = _parse_upgrade_deadline(d.pop("upgrade_deadline"))

        def _parse_credit_provider(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        credit_provider = _parse_credit_provider(d.pop("credit_provider"))

        def _parse_credit_hours(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                credit_hours_type_0 = data
                if not (
                    isinstance(credit_hours_type_0, int)
                    and not isinstance(credit_hours_type_0, bool)
                ):
                    raise TypeError(
                        f"credit_hours_type_0: expected an integer, got {type(credit_hours_type_0).__name__}"
                    )

                return credit_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        credit_hours = _parse_credit_hours(d.pop("credit_hours"))

        catalog_seat = cls(
            type_=type_,
            price=price,
            currency=currency,
            upgrade_deadline=upgrade_deadline,
            credit_provider=credit_provider,
            credit_hours=credit_hours,
        )

        catalog_seat.additional_properties = d
        return catalog_seat

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
