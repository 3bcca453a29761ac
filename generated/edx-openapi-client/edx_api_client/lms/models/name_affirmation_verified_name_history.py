from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.name_affirmation_verified_name_record import (
        NameAffirmationVerifiedNameRecord,
    )


T = TypeVar("T", bound="NameAffirmationVerifiedNameHistory")


@_attrs_define
class NameAffirmationVerifiedNameHistory:
    """Every verified name of a user, newest first, with the user's certificate name setting.

    Attributes:
        use_verified_name_for_certs (bool): Whether the user's certificates show the verified name.
        results (list[NameAffirmationVerifiedNameRecord]): The user's verified name records, the most recently created
            first.
    """

    use_verified_name_for_certs: bool
    results: list[NameAffirmationVerifiedNameRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        use_verified_name_for_certs = self.use_verified_name_for_certs

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "use_verified_name_for_certs": use_verified_name_for_certs,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.name_affirmation_verified_name_record import (
            NameAffirmationVerifiedNameRecord,
        )

        d = dict(src_dict)
        use_verified_name_for_certs = d.pop("use_verified_name_for_certs")
        if not (isinstance(use_verified_name_for_certs, bool)):
            raise TypeError(
                f"use_verified_name_for_certs: expected a boolean, got {type(use_verified_name_for_certs).__name__}"
            )

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = NameAffirmationVerifiedNameRecord.from_dict(
                results_item_data
            )

            results.append(results_item)

        name_affirmation_verified_name_history = cls(
            use_verified_name_for_certs=use_verified_name_for_certs,
            results=results,
        )

        name_affirmation_verified_name_history.additional_properties = d
        return name_affirmation_verified_name_history

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
