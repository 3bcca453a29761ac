from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LearnerHomeCredit")


@_attrs_define
class LearnerHomeCredit:
    """The learner's course credit state. Empty when the learner or the course is not eligible for credit (and on an
    entitlement's card); otherwise every member is present.

        Attributes:
            provider_status_url (None | str | Unset): Where the credit provider shows the request's status; null until the
                learner has purchased credit from a provider that has a status page.
            provider_name (str | Unset): The credit provider's name.
            provider_id (None | str | Unset): The credit provider's identifier; null until the learner has purchased credit
                from a provider.
            error (bool | Unset): Whether an error occurred with the credit request.
            purchased (bool | Unset): Whether the learner purchased the credit.
            request_status (None | str | Unset): The status of the learner's credit request, or null when the learner has
                made none.
    """

    provider_status_url: None | str | Unset = UNSET
    provider_name: str | Unset = UNSET
    provider_id: None | str | Unset = UNSET
    error: bool | Unset = UNSET
    purchased: bool | Unset = UNSET
    request_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_status_url: None | str | Unset
        if isinstance(self.provider_status_url, Unset):
            provider_status_url = UNSET
        else:
            provider_status_url = self.provider_status_url

        provider_name = self.provider_name

        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        error = self.error

        purchased = self.purchased

        request_status: None | str | Unset
        if isinstance(self.request_status, Unset):
            request_status = UNSET
        else:
            request_status = self.request_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_status_url is not UNSET:
            field_dict["providerStatusUrl"] = provider_status_url
        if provider_name is not UNSET:
            field_dict["providerName"] = provider_name
        if provider_id is not UNSET:
            field_dict["providerId"] = provider_id
        if error is not UNSET:
            field_dict["error"] = error
        if purchased is not UNSET:
            field_dict["purchased"] = purchased
        if request_status is not UNSET:
            field_dict["requestStatus"] = request_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_provider_status_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_status_url = _parse_provider_status_url(
            d.pop("providerStatusUrl", UNSET)
        )

        provider_name = d.pop("providerName", UNSET)

        def _parse_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_id = _parse_provider_id(d.pop("providerId", UNSET))

        error = d.pop("error", UNSET)
        if not isinstance(error, Unset) and not (isinstance(error, bool)):
            raise TypeError(f"error: expected a boolean, got {type(error).__name__}")

        purchased = d.pop("purchased", UNSET)
        if not isinstance(purchased, Unset) and not (isinstance(purchased, bool)):
            raise TypeError(
                f"purchased: expected a boolean, got {type(purchased).__name__}"
            )

        def _parse_request_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_status = _parse_request_status(d.pop("requestStatus", UNSET))

        learner_home_credit = cls(
            provider_status_url=provider_status_url,
            provider_name=provider_name,
            provider_id=provider_id,
            error=error,
            purchased=purchased,
            request_status=request_status,
        )

        learner_home_credit.additional_properties = d
        return learner_home_credit

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
