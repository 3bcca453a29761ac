from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EdxProctoringGroupedAttemptsPagePaginationInfo")


@_attrs_define
class EdxProctoringGroupedAttemptsPagePaginationInfo:
    """
    Attributes:
        has_previous (bool):
        has_next (bool):
        current_page (int):
        total_pages (int):
    """

    has_previous: bool
    has_next: bool
    current_page: int
    total_pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_previous = self.has_previous

        has_next = self.has_next

        current_page = self.current_page

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_previous": has_previous,
                "has_next": has_next,
                "current_page": current_page,
                "total_pages": total_pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_previous = d.pop("has_previous")
        if not (isinstance(has_previous, bool)):
            raise TypeError(
                f"has_previous: expected a boolean, got {type(has_previous).__name__}"
            )

        has_next = d.pop("has_next")
        if not (isinstance(has_next, bool)):
            raise TypeError(
                f"has_next: expected a boolean, got {type(has_next).__name__}"
            )

        current_page = d.pop("current_page")
        if not (isinstance(current_page, int) and not isinstance(current_page, bool)):
            raise TypeError(
                f"current_page: expected an integer, got {type(current_page).__name__}"
            )

        total_pages = d.pop("total_pages")
        if not (isinstance(total_pages, int) and not isinstance(total_pages, bool)):
            raise TypeError(
                f"total_pages: expected an integer, got {type(total_pages).__name__}"
            )

        edx_proctoring_grouped_attempts_page_pagination_info = cls(
            has_previous=has_previous,
            has_next=has_next,
            current_page=current_page,
            total_pages=total_pages,
        )

        edx_proctoring_grouped_attempts_page_pagination_info.additional_properties = d
        return edx_proctoring_grouped_attempts_page_pagination_info

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
