from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearningSequencesSection")


@_attrs_define
class LearningSequencesSection:
    """A section (chapter) of the outline.

    Attributes:
        id (str): The section's usage key.
        title (str): The section's title.
        sequence_ids (list[str]): The usage keys of the section's sequences, in order.
        start (datetime.datetime | None): The start date set on the section, if any.
        effective_start (datetime.datetime | None): When the section is actually released (its own or an inherited
            start), if known.
    """

    id: str
    title: str
    sequence_ids: list[str]
    start: datetime.datetime | None
    effective_start: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        sequence_ids = self.sequence_ids

        start: None | str
        if isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        effective_start: None | str
        if isinstance(self.effective_start, datetime.datetime):
            effective_start = self.effective_start.isoformat()
        else:
            effective_start = self.effective_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "sequence_ids": sequence_ids,
                "start": start,
                "effective_start": effective_start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        sequence_ids = cast(list[str], d.pop("sequence_ids"))

        def _parse_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start = _parse_start(d.pop("start"))

        def _parse_effective_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_start_type_0 = datetime.datetime.fromisoformat(data)

                return effective_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        effective_start = _parse_effective_start(d.pop("effective_start"))

        learning_sequences_section = cls(
            id=id,
            title=title,
            sequence_ids=sequence_ids,
            start=start,
            effective_start=effective_start,
        )

        learning_sequences_section.additional_properties = d
        return learning_sequences_section

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
