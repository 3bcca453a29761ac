from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bookmark_path_item import BookmarkPathItem


T = TypeVar("T", bound="Bookmark")


@_attrs_define
class Bookmark:
    """A bookmark of a content block. Its fields are always present, except the two that the `fields` parameter adds.

    Attributes:
        id (str): The bookmark's identifier, the owner's username and the block's usage id joined by a comma.
        course_id (str): The key of the course the bookmarked block belongs to.
        usage_id (str): The usage id of the bookmarked block.
        block_type (str): The type of the bookmarked block (`vertical`, `problem`...).
        created (datetime.datetime): When the bookmark was created.
        display_name (str | Unset): The display name of the bookmarked block (returned only when asked for with
            `fields`).
        path (list[BookmarkPathItem] | Unset): The blocks from the top of the course down to the bookmarked block's
            parent (returned only when asked for with `fields`).
    """

    id: str
    course_id: str
    usage_id: str
    block_type: str
    created: datetime.datetime
    display_name: str | Unset = UNSET
    path: list[BookmarkPathItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        course_id = self.course_id

        usage_id = self.usage_id

        block_type = self.block_type

        created = self.created.isoformat()

        display_name = self.display_name

        path: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = []
            for path_item_data in self.path:
                path_item = path_item_data.to_dict()
                path.append(path_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "course_id": course_id,
                "usage_id": usage_id,
                "block_type": block_type,
                "created": created,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bookmark_path_item import BookmarkPathItem

        d = dict(src_dict)
        id = d.pop("id")

        course_id = d.pop("course_id")

        usage_id = d.pop("usage_id")

        block_type = d.pop("block_type")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        display_name = d.pop("display_name", UNSET)

        _path = d.pop("path", UNSET)
        path: list[BookmarkPathItem] | Unset = UNSET
        if _path is not UNSET:
            path = []
            for path_item_data in _path:
                path_item = BookmarkPathItem.from_dict(path_item_data)

                path.append(path_item)

        bookmark = cls(
            id=id,
            course_id=course_id,
            usage_id=usage_id,
            block_type=block_type,
            created=created,
            display_name=display_name,
            path=path,
        )

        bookmark.additional_properties = d
        return bookmark

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
