from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentKeyValuePatch")


@_attrs_define
class ExperimentKeyValuePatch:
    """The fields of an experiment key-value pair to change; any subset may be sent. `id`, `created` and `modified` are set
    by the server.

        Attributes:
            experiment_id (int | Unset): The experiment the pair belongs to.
            key (str | Unset): The pair's key.
            value (str | Unset): The pair's value.
    """

    experiment_id: int | Unset = UNSET
    key: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        experiment_id = d.pop("experiment_id", UNSET)
        if not isinstance(experiment_id, Unset) and not (
            isinstance(experiment_id, int) and not isinstance(experiment_id, bool)
        ):
            raise TypeError(
                f"experiment_id: expected an integer, got {type(experiment_id).__name__}"
            )

        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        experiment_key_value_patch = cls(
            experiment_id=experiment_id,
            key=key,
            value=value,
        )

        experiment_key_value_patch.additional_properties = d
        return experiment_key_value_patch

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
