from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgramEnrollmentsCursorEnvelope")


@_attrs_define
class ProgramEnrollmentsCursorEnvelope:
    """The envelope of DRF's cursor pagination, which the program enrollment paginators use: links to the neighbouring
    pages and the results, with no count. A paginated list that uses it is `allOf` this envelope plus a `results` array
    of its own item type (`results` is untyped here for the reason given at PaginatedEnvelope).

        Attributes:
            next_ (None | str): The URL of the next page, or null on the last page.
            previous (None | str): The URL of the previous page, or null on the first page.
            results (Any): The items on this page; each paginated list schema gives their type.
    """

    next_: None | str
    previous: None | str
    results: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next": next_,
                "previous": previous,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        results = d.pop("results")

        program_enrollments_cursor_envelope = cls(
            next_=next_,
            previous=previous,
            results=results,
        )

        program_enrollments_cursor_envelope.additional_properties = d
        return program_enrollments_cursor_envelope

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
