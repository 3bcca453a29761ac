from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionPriorRenewal")


@_attrs_define
class SubscriptionPriorRenewal:
    """One earlier renewal of a subscription plan, linking the plan renewed and the plan that replaced it.

    Attributes:
        prior_subscription_plan_id (UUID): The identifier of the plan that was renewed.
        prior_subscription_plan_start_date (str): When the renewed plan started, as "YYYY-MM-DD hh:mm:ss+hh:mm".
        renewed_subscription_plan_id (UUID): The identifier of the plan created by the renewal.
        renewed_subscription_plan_start_date (str): When the plan created by the renewal starts, as "YYYY-MM-DD
            hh:mm:ss+hh:mm".
    """

    prior_subscription_plan_id: UUID
    prior_subscription_plan_start_date: str
    renewed_subscription_plan_id: UUID
    renewed_subscription_plan_start_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prior_subscription_plan_id = str(self.prior_subscription_plan_id)

        prior_subscription_plan_start_date = self.prior_subscription_plan_start_date

        renewed_subscription_plan_id = str(self.renewed_subscription_plan_id)

        renewed_subscription_plan_start_date = self.renewed_subscription_plan_start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prior_subscription_plan_id": prior_subscription_plan_id,
                "prior_subscription_plan_start_date": prior_subscription_plan_start_date,
                "renewed_subscription_plan_id": renewed_subscription_plan_id,
                "renewed_subscription_plan_start_date": renewed_subscription_plan_start_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prior_subscription_plan_id = UUID(d.pop("prior_subscription_plan_id"))

        prior_subscription_plan_start_date = d.pop("prior_subscription_plan_start_date")

        renewed_subscription_plan_id = UUID(d.pop("renewed_subscription_plan_id"))

        renewed_subscription_plan_start_date = d.pop(
            "renewed_subscription_plan_start_date"
        )

        subscription_prior_renewal = cls(
            prior_subscription_plan_id=prior_subscription_plan_id,
            prior_subscription_plan_start_date=prior_subscription_plan_start_date,
            renewed_subscription_plan_id=renewed_subscription_plan_id,
            renewed_subscription_plan_start_date=renewed_subscription_plan_start_date,
        )

        subscription_prior_renewal.additional_properties = d
        return subscription_prior_renewal

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
