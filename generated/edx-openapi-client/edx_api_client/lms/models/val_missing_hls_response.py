from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValMissingHlsResponse")


@_attrs_define
class ValMissingHlsResponse:
    """The ids of videos without an HLS profile. `total`, `offset` and `batch_size` are present in the answer to a batch
    request only.

        Attributes:
            videos (list[str]): The ids of the videos that lack an HLS profile.
            total (int | Unset): How many videos lack an HLS profile in all (batch requests only).
            offset (int | Unset): The offset the batch was taken at, as sent (batch requests only); the next batch starts at
                offset + batch_size.
            batch_size (int | Unset): The batch size that was used (batch requests only).
    """

    videos: list[str]
    total: int | Unset = UNSET
    offset: int | Unset = UNSET
    batch_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        videos = self.videos

        total = self.total

        offset = self.offset

        batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "videos": videos,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if offset is not UNSET:
            field_dict["offset"] = offset
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        videos = cast(list[str], d.pop("videos"))

        total = d.pop("total", UNSET)
        if not isinstance(total, Unset) and not (
            isinstance(total, int) and not isinstance(total, bool)
        ):
            raise TypeError(f"total: expected an integer, got {type(total).__name__}")

        offset = d.pop("offset", UNSET)
        if not isinstance(offset, Unset) and not (
            isinstance(offset, int) and not isinstance(offset, bool)
        ):
            raise TypeError(f"offset: expected an integer, got {type(offset).__name__}")

        batch_size = d.pop("batch_size", UNSET)
        if not isinstance(batch_size, Unset) and not (
            isinstance(batch_size, int) and not isinstance(batch_size, bool)
        ):
            raise TypeError(
                f"batch_size: expected an integer, got {type(batch_size).__name__}"
            )

        val_missing_hls_response = cls(
            videos=videos,
            total=total,
            offset=offset,
            batch_size=batch_size,
        )

        val_missing_hls_response.additional_properties = d
        return val_missing_hls_response

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
