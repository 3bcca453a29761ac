from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_license_counts import SubscriptionLicenseCounts
    from ..models.subscription_prior_renewal import SubscriptionPriorRenewal
    from ..models.subscription_revocations import SubscriptionRevocations


T = TypeVar("T", bound="SubscriptionPlan")


@_attrs_define
class SubscriptionPlan:
    """A subscription plan of an enterprise customer and the state of its licenses.

    Attributes:
        title (str): The plan's title.
        uuid (UUID): The plan's identifier.
        start_date (datetime.datetime): When the plan starts.
        expiration_date (datetime.datetime): When the plan expires.
        enterprise_customer_uuid (UUID): The identifier of the enterprise customer that owns the plan.
        enterprise_catalog_uuid (UUID): The identifier of the enterprise catalog the plan gives access to.
        is_active (bool): Whether the plan is active.
        is_revocation_cap_enabled (bool): Whether the plan limits how many of its licenses can be revoked.
        days_until_expiration (int): Days left before the plan expires.
        days_until_expiration_including_renewals (int): Days left before the plan expires, counting the renewals already
            arranged.
        is_locked_for_renewal_processing (bool): Whether the plan is locked while a renewal is being processed.
        should_auto_apply_licenses (bool | None): Whether licenses of the plan are applied to learners automatically.
        licenses (SubscriptionLicenseCounts): Details about the licenses of a subscription plan.
        prior_renewals (list[SubscriptionPriorRenewal]): Details about the earlier renewals of the plan.
        revocations (None | SubscriptionRevocations): How many license revocations the plan has applied and still
            allows; null when the plan has no revocation cap.
        is_current (bool | Unset): Whether the plan's start date has passed and its expiration date has not.
        created (datetime.datetime | Unset): When the plan's record was created.
        plan_type (str | Unset): The label of the plan type of the plan's product. Absent when the plan has no product.
        salesforce_opportunity_line_item (None | str | Unset): The Salesforce opportunity line item of the plan (18
            characters), or null.
    """

    title: str
    uuid: UUID
    start_date: datetime.datetime
    expiration_date: datetime.datetime
    enterprise_customer_uuid: UUID
    enterprise_catalog_uuid: UUID
    is_active: bool
    is_revocation_cap_enabled: bool
    days_until_expiration: int
    days_until_expiration_including_renewals: int
    is_locked_for_renewal_processing: bool
    should_auto_apply_licenses: bool | None
    licenses: SubscriptionLicenseCounts
    prior_renewals: list[SubscriptionPriorRenewal]
    revocations: None | SubscriptionRevocations
    is_current: bool | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    plan_type: str | Unset = UNSET
    salesforce_opportunity_line_item: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscription_revocations import SubscriptionRevocations

        title = self.title

        uuid = str(self.uuid)

        start_date = self.start_date.isoformat()

        expiration_date = self.expiration_date.isoformat()

        enterprise_customer_uuid = str(self.enterprise_customer_uuid)

        enterprise_catalog_uuid = str(self.enterprise_catalog_uuid)

        is_active = self.is_active

        is_revocation_cap_enabled = self.is_revocation_cap_enabled

        days_until_expiration = self.days_until_expiration

        days_until_expiration_including_renewals = (
            self.days_until_expiration_including_renewals
        )

        is_locked_for_renewal_processing = self.is_locked_for_renewal_processing

        should_auto_apply_licenses: bool | None
        should_auto_apply_licenses = self.should_auto_apply_licenses

        licenses = self.licenses.to_dict()

        prior_renewals = []
        for prior_renewals_item_data in self.prior_renewals:
            prior_renewals_item = prior_renewals_item_data.to_dict()
            prior_renewals.append(prior_renewals_item)

        revocations: dict[str, Any] | None
        if isinstance(self.revocations, SubscriptionRevocations):
            revocations = self.revocations.to_dict()
        else:
            revocations = self.revocations

        is_current = self.is_current

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        plan_type = self.plan_type

        salesforce_opportunity_line_item: None | str | Unset
        if isinstance(self.salesforce_opportunity_line_item, Unset):
            salesforce_opportunity_line_item = UNSET
        else:
            salesforce_opportunity_line_item = self.salesforce_opportunity_line_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "uuid": uuid,
                "start_date": start_date,
                "expiration_date": expiration_date,
                "enterprise_customer_uuid": enterprise_customer_uuid,
                "enterprise_catalog_uuid": enterprise_catalog_uuid,
                "is_active": is_active,
                "is_revocation_cap_enabled": is_revocation_cap_enabled,
                "days_until_expiration": days_until_expiration,
                "days_until_expiration_including_renewals": days_until_expiration_including_renewals,
                "is_locked_for_renewal_processing": is_locked_for_renewal_processing,
                "should_auto_apply_licenses": should_auto_apply_licenses,
                "licenses": licenses,
                "prior_renewals": prior_renewals,
                "revocations": revocations,
            }
        )
        if is_current is not UNSET:
            field_dict["is_current"] = is_current
        if created is not UNSET:
            field_dict["created"] = created
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type
        if salesforce_opportunity_line_item is not UNSET:
            field_dict["salesforce_opportunity_line_item"] = (
                salesforce_opportunity_line_item
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscription_license_counts import SubscriptionLicenseCounts
        from ..models.subscription_prior_renewal import SubscriptionPriorRenewal
        from ..models.subscription_revocations import SubscriptionRevocations

        d = dict(src_dict)
        title = d.pop("title")

        uuid = UUID(d.pop("uuid"))

        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

        expiration_date = datetime.datetime.fromisoformat(d.pop("expiration_date"))

        enterprise_customer_uuid = UUID(d.pop("enterprise_customer_uuid"))

        enterprise_catalog_uuid = UUID(d.pop("enterprise_catalog_uuid"))

        is_active = d.pop("is_active")
        if not (isinstance(is_active, bool)):
            raise TypeError(
                f"is_active: expected a boolean, got {type(is_active).__name__}"
            )

        is_revocation_cap_enabled = d.pop("is_revocation_cap_enabled")
        if not (isinstance(is_revocation_cap_enabled, bool)):
            raise TypeError(
                f"is_revocation_cap_enabled: expected a boolean, got {type(is_revocation_cap_enabled).__name__}"
            )

        days_until_expiration = d.pop("days_until_expiration")
        if not (
            isinstance(days_until_expiration, int)
            and not isinstance(days_until_expiration, bool)
        ):
            raise TypeError(
                f"days_until_expiration: expected an integer, got {type(days_until_expiration).__name__}"
            )

        days_until_expiration_including_renewals = d.pop(
            "days_until_expiration_including_renewals"
        )
        if not (
            isinstance(days_until_expiration_including_renewals, int)
            and not isinstance(days_until_expiration_including_renewals, bool)
        ):
            raise TypeError(
                f"days_until_expiration_including_renewals: expected an integer, got {type(days_until_expiration_including_renewals).__name__}"
            )

        is_locked_for_renewal_processing = d.pop("is_locked_for_renewal_processing")
        if not (isinstance(is_locked_for_renewal_processing, bool)):
            raise TypeError(
                f"is_locked_for_renewal_processing: expected a boolean, got {type(is_locked_for_renewal_processing).__name__}"
            )

        def _parse_should_auto_apply_licenses(data: object) -> bool | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                should_auto_apply_licenses_type_0 = data
                if not (isinstance(should_auto_apply_licenses_type_0, bool)):
                    raise TypeError(
                        f"should_auto_apply_licenses_type_0: expected a boolean, got {type(should_auto_apply_licenses_type_0).__name__}"
                    )

                return should_auto_apply_licenses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None, data)

        should_auto_apply_licenses = _parse_should_auto_apply_licenses(
            d.pop("should_auto_apply_licenses")
        )

        licenses = SubscriptionLicenseCounts.from_dict(d.pop("licenses"))

        prior_renewals = []
        _prior_renewals = d.pop("prior_renewals")
        for prior_renewals_item_data in _prior_renewals:
            prior_renewals_item = SubscriptionPriorRenewal.from_dict(
                prior_renewals_item_data
            )

            prior_renewals.append(prior_renewals_item)

        def _parse_revocations(data: object) -> None | SubscriptionRevocations:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                revocations_type_0 = SubscriptionRevocations.from_dict(data)

                return revocations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionRevocations, data)

        revocations = _parse_revocations(d.pop("revocations"))

        is_current = d.pop("is_current", UNSET)
        if not isinstance(is_current, Unset) and not (isinstance(is_current, bool)):
            raise TypeError(
                f"is_current: expected a boolean, got {type(is_current).__name__}"
            )

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        plan_type = d.pop("plan_type", UNSET)

        def _parse_salesforce_opportunity_line_item(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salesforce_opportunity_line_item = _parse_salesforce_opportunity_line_item(
            d.pop("salesforce_opportunity_line_item", UNSET)
        )

        subscription_plan = cls(
            title=title,
            uuid=uuid,
            start_date=start_date,
            expiration_date=expiration_date,
            enterprise_customer_uuid=enterprise_customer_uuid,
            enterprise_catalog_uuid=enterprise_catalog_uuid,
            is_active=is_active,
            is_revocation_cap_enabled=is_revocation_cap_enabled,
            days_until_expiration=days_until_expiration,
            days_until_expiration_including_renewals=days_until_expiration_including_renewals,
            is_locked_for_renewal_processing=is_locked_for_renewal_processing,
            should_auto_apply_licenses=should_auto_apply_licenses,
            licenses=licenses,
            prior_renewals=prior_renewals,
            revocations=revocations,
            is_current=is_current,
            created=created,
            plan_type=plan_type,
            salesforce_opportunity_line_item=salesforce_opportunity_line_item,
        )

        subscription_plan.additional_properties = d
        return subscription_plan

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
