from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogSeat")


@_attrs_define
class CatalogSeat:
    """A seat record of a course run: one enrollment option.

    Attributes:
        type_ (str): The seat type, for example `audit`, `verified` or `unpaid-executive-education`.
        price (str): The price of the seat as a decimal string, for example `100.00`.
        currency (str): The currency code of the price, for example `USD`.
        upgrade_deadline (datetime.datetime | None): The last moment a learner can upgrade to this seat.
        upgrade_deadline_override (datetime.datetime | None): An upgrade deadline that replaces the computed one.
        credit_provider (None | str): The provider of the credit a credit seat earns.
        credit_hours (int | None): The credit hours a credit seat earns.
        sku (None | str): The stock keeping unit of the seat.
        bulk_sku (None | str): The stock keeping unit for buying the seat in bulk.
    """

    type_: str
    price: str
    currency: str
    upgrade_deadline: datetime.datetime | None
    upgrade_deadline_override: datetime.datetime | None
    credit_provider: None | str
    credit_hours: int | None
    sku: None | str
    bulk_sku: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        price = self.price

        currency = self.currency

        upgrade_deadline: None | str
        if isinstance(self.upgrade_deadline, datetime.datetime):
            upgrade_deadline = self.upgrade_deadline.isoformat()
        else:
            upgrade_deadline = self.upgrade_deadline

        upgrade_deadline_override: None | str
        if isinstance(self.upgrade_deadline_override, datetime.datetime):
            upgrade_deadline_override = self.upgrade_deadline_override.isoformat()
        else:
            upgrade_deadline_override = self.upgrade_deadline_override

        credit_provider: None | str
        credit_provider = self.credit_provider

        credit_hours: int | None
        credit_hours = self.credit_hours

        sku: None | str
        sku = self.sku

        bulk_sku: None | str
        bulk_sku = self.bulk_sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "price": price,
                "currency": currency,
                "upgrade_deadline": upgrade_deadline,
                "upgrade_deadline_override": upgrade_deadline_override,
                "credit_provider": credit_provider,
                "credit_hours": credit_hours,
                "sku": sku,
                "bulk_sku": bulk_sku,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        price = d.pop("price")

        currency = d.pop("currency")

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

        def _parse_upgrade_deadline_override(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                upgrade_deadline_override_type_0 = datetime.datetime.fromisoformat(data)

                return upgrade_deadline_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        upgrade_deadline_override = _parse_upgrade_deadline_override(
            d.pop("upgrade_deadline_override")
        )

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

        def _parse_sku(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sku = _parse_sku(d.pop("sku"))

        def _parse_bulk_sku(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bulk_sku = _parse_bulk_sku(d.pop("bulk_sku"))

        catalog_seat = cls(
            type_=type_,
            price=price,
            currency=currency,
            upgrade_deadline=upgrade_deadline,
            upgrade_deadline_override=upgrade_deadline_override,
            credit_provider=credit_provider,
            credit_hours=credit_hours,
            sku=sku,
            bulk_sku=bulk_sku,
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
