from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.xblock_block_metadata_index_dictionary import (
        XblockBlockMetadataIndexDictionary,
    )


T = TypeVar("T", bound="XblockBlockMetadata")


@_attrs_define
class XblockBlockMetadata:
    """What the platform says about a block to every user: its key, type and display name, plus the optional members asked
    for with `include`.

        Attributes:
            block_id (str): The usage key of the block.
            block_type (str): The XBlock type, such as `problem` or `html`.
            display_name (str): The block's display name, or its type's default name when it has none.
            index_dictionary (XblockBlockMetadataIndexDictionary | Unset): The data that indexes the block's content for
                search; only with `include=index_dictionary`.
            student_view_data (Any | Unset): The data custom frontends and the mobile apps need to render the block, or null
                when its type has none; only with `include=student_view_data`.
            children (list[str] | Unset): The usage keys of the block's children; only with `include=children`.
            editable_children (list[str] | Unset): The usage keys of the children stored with the block (not linked from
                elsewhere); only with `include=editable_children`.
    """

    block_id: str
    block_type: str
    display_name: str
    index_dictionary: XblockBlockMetadataIndexDictionary | Unset = UNSET
    student_view_data: Any | Unset = UNSET
    children: list[str] | Unset = UNSET
    editable_children: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_id = self.block_id

        block_type = self.block_type

        display_name = self.display_name

        index_dictionary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.index_dictionary, Unset):
            index_dictionary = self.index_dictionary.to_dict()

        student_view_data = self.student_view_data

        children: list[str] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = self.children

        editable_children: list[str] | Unset = UNSET
        if not isinstance(self.editable_children, Unset):
            editable_children = self.editable_children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block_id": block_id,
                "block_type": block_type,
                "display_name": display_name,
            }
        )
        if index_dictionary is not UNSET:
            field_dict["index_dictionary"] = index_dictionary
        if student_view_data is not UNSET:
            field_dict["student_view_data"] = student_view_data
        if children is not UNSET:
            field_dict["children"] = children
        if editable_children is not UNSET:
            field_dict["editable_children"] = editable_children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.xblock_block_metadata_index_dictionary import (
            XblockBlockMetadataIndexDictionary,
        )

        d = dict(src_dict)
        block_id = d.pop("block_id")

        block_type = d.pop("block_type")

        display_name = d.pop("display_name")

        _index_dictionary = d.pop("index_dictionary", UNSET)
        index_dictionary: XblockBlockMetadataIndexDictionary | Unset
        if isinstance(_index_dictionary, Unset):
            index_dictionary = UNSET
        else:
            index_dictionary = XblockBlockMetadataIndexDictionary.from_dict(
                _index_dictionary
            )

        student_view_data = d.pop("student_view_data", UNSET)

        children = cast(list[str], d.pop("children", UNSET))

        editable_children = cast(list[str], d.pop("editable_children", UNSET))

        xblock_block_metadata = cls(
            block_id=block_id,
            block_type=block_type,
            display_name=display_name,
            index_dictionary=index_dictionary,
            student_view_data=student_view_data,
            children=children,
            editable_children=editable_children,
        )

        xblock_block_metadata.additional_properties = d
        return xblock_block_metadata

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
