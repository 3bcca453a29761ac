from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.courses_block_metadata_index_dictionary import (
        CoursesBlockMetadataIndexDictionary,
    )


T = TypeVar("T", bound="CoursesBlockMetadata")


@_attrs_define
class CoursesBlockMetadata:
    """The metadata of one course block.

    Attributes:
        id (str): The block's usage key.
        type_ (str): The block's type.
        index_dictionary (CoursesBlockMetadataIndexDictionary | Unset): The block's index dictionary, usually its text
            content for search indexing. Only returned when `index_dictionary` is asked for in the `include` parameter.
    """

    id: str
    type_: str
    index_dictionary: CoursesBlockMetadataIndexDictionary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        index_dictionary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.index_dictionary, Unset):
            index_dictionary = self.index_dictionary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if index_dictionary is not UNSET:
            field_dict["index_dictionary"] = index_dictionary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courses_block_metadata_index_dictionary import (
            CoursesBlockMetadataIndexDictionary,
        )

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        _index_dictionary = d.pop("index_dictionary", UNSET)
        index_dictionary: CoursesBlockMetadataIndexDictionary | Unset
        if isinstance(_index_dictionary, Unset):
            index_dictionary = UNSET
        else:
            index_dictionary = CoursesBlockMetadataIndexDictionary.from_dict(
                _index_dictionary
            )

        courses_block_metadata = cls(
            id=id,
            type_=type_,
            index_dictionary=index_dictionary,
        )

        courses_block_metadata.additional_properties = d
        return courses_block_metadata

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
