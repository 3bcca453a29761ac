from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.discussion_pagination import DiscussionPagination


T = TypeVar("T", bound="DiscussionPageEnvelope")


@_attrs_define
class DiscussionPageEnvelope:
    """The page envelope of the forum's lists: the items under `results` and the paging data under `pagination`. A
    paginated list is `allOf` this envelope plus a `results` array of its own item type (`results` is untyped here, as
    in PaginatedEnvelope).

        Attributes:
            results (Any): The items on this page; each paginated list schema gives their type.
            pagination (DiscussionPagination): The paging data of a forum list, nested under `pagination`: the links to the
                pages around this one, the number of items and of pages.
    """

    results: Any
    pagination: DiscussionPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = self.results

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_pagination import DiscussionPagination

        d = dict(src_dict)
        results = d.pop("results")

        pagination = DiscussionPagination.from_dict(d.pop("pagination"))

        discussion_page_envelope = cls(
            results=results,
            pagination=pagination,
        )

        discussion_page_envelope.additional_properties = d
        return discussion_page_envelope

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
