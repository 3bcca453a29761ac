from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_request_description_method import CreditRequestDescriptionMethod

if TYPE_CHECKING:
    from ..models.credit_request_parameters import CreditRequestParameters


T = TypeVar("T", bound="CreditRequestDescription")


@_attrs_define
class CreditRequestDescription:
    """How the learner's browser is to send a credit request to the provider.

    Attributes:
        url (str): The provider's URL.
        method (CreditRequestDescriptionMethod): `GET` for a provider without integration (the learner just visits the
            URL), `POST` for a signed form sent to it.
        parameters (CreditRequestParameters): The signed form fields sent to an integrated provider; empty for a
            provider without integration.
    """

    url: str
    method: CreditRequestDescriptionMethod
    parameters: CreditRequestParameters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method = self.method.value

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "method": method,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credit_request_parameters import CreditRequestParameters

        d = dict(src_dict)
        url = d.pop("url")

        method = CreditRequestDescriptionMethod(d.pop("method"))

        parameters = CreditRequestParameters.from_dict(d.pop("parameters"))

        credit_request_description = cls(
            url=url,
            method=method,
            parameters=parameters,
        )

        credit_request_description.additional_properties = d
        return credit_request_description

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
