from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditProviderCallbackRequest")


@_attrs_define
class CreditProviderCallbackRequest:
    """A credit provider's decision on a credit request, signed with the secret the provider shares with the platform.

    Attributes:
        request_uuid (str): The UUID of the credit request decided.
        status (str): The request's new status, one of the platform's credit request statuses.
        timestamp (int): When the provider sent the decision, in seconds since the epoch; too old a timestamp is
            refused.
        signature (str): The provider's signature over the other fields.
    """

    request_uuid: str
    status: str
    timestamp: int
    signature: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_uuid = self.request_uuid

        status = self.status

        timestamp = self.timestamp

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_uuid": request_uuid,
                "status": status,
                "timestamp": timestamp,
                "signature": signature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_uuid = d.pop("request_uuid")

        status = d.pop("status")

        timestamp = d.pop("timestamp")
        if not (isinstance(timestamp, int) and not isinstance(timestamp, bool)):
            raise TypeError(
                f"timestamp: expected an integer, got {type(timestamp).__name__}"
            )

        signature = d.pop("signature")

        credit_provider_callback_request = cls(
            request_uuid=request_uuid,
            status=status,
            timestamp=timestamp,
            signature=signature,
        )

        credit_provider_callback_request.additional_properties = d
        return credit_provider_callback_request

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
