from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValMissingHlsRequest")


@_attrs_define
class ValMissingHlsRequest:
    """Which videos without an HLS profile to return: either one batch of all such videos (`batch_size` and `offset`) or
    all such videos of some courses (`courses`). No member is required. Only videos whose status is `file_complete` are
    considered; a non-empty `courses` takes precedence.

        Attributes:
            batch_size (int | Unset): How many video ids to return in the batch. Default: 50.
            offset (int | Unset): How many such videos to skip before the batch starts (in the order they were created).
                Default: 0.
            courses (list[str] | Unset): The ids of the courses whose videos are searched.
    """

    batch_size: int | Unset = 50
    offset: int | Unset = 0
    courses: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_size = self.batch_size

        offset = self.offset

        courses: list[str] | Unset = UNSET
        if not isinstance(self.courses, Unset):
            courses = self.courses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if offset is not UNSET:
            field_dict["offset"] = offset
        if courses is not UNSET:
            field_dict["courses"] = courses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_size = d.pop("batch_size", UNSET)
        if not isinstance(batch_size, Unset) and not (
            isinstance(batch_size, int) and not isinstance(batch_size, bool)
        ):
            raise TypeError(
                f"batch_size: expected an integer, got {type(batch_size).__name__}"
            )

        offset = d.pop("offset", UNSET)
        if not isinstance(offset, Unset) and not (
            isinstance(offset, int) and not isinstance(offset, bool)
        ):
            raise TypeError(f"offset: expected an integer, got {type(offset).__name__}")

        courses = cast(list[str], d.pop("courses", UNSET))

        val_missing_hls_request = cls(
            batch_size=batch_size,
            offset=offset,
            courses=courses,
        )

        val_missing_hls_request.additional_properties = d
        return val_missing_hls_request

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
