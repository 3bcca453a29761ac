from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentKeyValue")


@_attrs_define
class ExperimentKeyValue:
    """A key-value pair stored for one experiment; unlike experiment data, it documents no user. An experiment holds at
    most one pair per key.

        Attributes:
            experiment_id (int): The experiment the record belongs to (a small non-negative integer).
            key (str): The key the value is stored under.
            value (str): The stored value (text of any length).
            id (int | Unset): The record's identifier; set by the server.
            created (datetime.datetime | Unset): When the record was created; set by the server.
            modified (datetime.datetime | Unset): When the record was last changed; set by the server.
    """

    experiment_id: int
    key: str
    value: str
    id: int | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        key = self.key

        value = self.value

        id = self.id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_id": experiment_id,
                "key": key,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        experiment_id = d.pop("experiment_id")
        if not (isinstance(experiment_id, int) and not isinstance(experiment_id, bool)):
            raise TypeError(
                f"experiment_id: expected an integer, got {type(experiment_id).__name__}"
            )

        key = d.pop("key")

        value = d.pop("value")

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (
            isinstance(id, int) and not isinstance(id, bool)
        ):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        experiment_key_value = cls(
            experiment_id=experiment_id,
            key=key,
            value=value,
            id=id,
            created=created,
            modified=modified,
        )

        experiment_key_value.additional_properties = d
        return experiment_key_value

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
