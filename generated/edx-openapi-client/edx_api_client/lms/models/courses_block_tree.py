from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.courses_block import CoursesBlock
    from ..models.courses_block_tree_blocks_type_0 import CoursesBlockTreeBlocksType0


T = TypeVar("T", bound="CoursesBlockTree")


@_attrs_define
class CoursesBlockTree:
    """The blocks of a course block tree as the requesting user may see them.

    Attributes:
        root (str): The ID of the root block of the returned structure.
        blocks (CoursesBlockTreeBlocksType0 | list[CoursesBlock]): The blocks, as a map from usage ID to block
            (`return_type=dict`, the default) or as a list of blocks (`return_type=list`).
    """

    root: str
    blocks: CoursesBlockTreeBlocksType0 | list[CoursesBlock]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.courses_block_tree_blocks_type_0 import (
            CoursesBlockTreeBlocksType0,
        )

        root = self.root

        blocks: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.blocks, CoursesBlockTreeBlocksType0):
            blocks = self.blocks.to_dict()
        else:
            blocks = []
            for blocks_type_1_item_data in self.blocks:
                blocks_type_1_item = blocks_type_1_item_data.to_dict()
                blocks.append(blocks_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "root": root,
                "blocks": blocks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courses_block import CoursesBlock
        from ..models.courses_block_tree_blocks_type_0 import (
            CoursesBlockTreeBlocksType0,
        )

        d = dict(src_dict)
        root = d.pop("root")

        def _parse_blocks(
            data: object,
        ) -> CoursesBlockTreeBlocksType0 | list[CoursesBlock]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                blocks_type_0 = CoursesBlockTreeBlocksType0.from_dict(data)

                return blocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError(
                    f"blocks: expected dict[str, Any] | list[dict[str, Any]], got {type(data).__name__}"
                )
            blocks_type_1 = []
            _blocks_type_1 = data
            for blocks_type_1_item_data in _blocks_type_1:
                blocks_type_1_item = CoursesBlock.from_dict(blocks_type_1_item_data)

                blocks_type_1.append(blocks_type_1_item)

            return blocks_type_1

        blocks = _parse_blocks(d.pop("blocks"))

        courses_block_tree = cls(
            root=root,
            blocks=blocks,
        )

        courses_block_tree.additional_properties = d
        return courses_block_tree

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
