from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.val_video_status_update_request_status import (
    ValVideoStatusUpdateRequestStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValVideoStatusUpdateRequest")


@_attrs_define
class ValVideoStatusUpdateRequest:
    """The new status of a video.

    Attributes:
        edx_video_id (str): The edX identifier of the video.
        status (ValVideoStatusUpdateRequestStatus): The new status.
        error_description (None | str | Unset): What went wrong, if anything; the stored description is replaced
            (cleared when left out).
    """

    edx_video_id: str
    status: ValVideoStatusUpdateRequestStatus
    error_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        edx_video_id = self.edx_video_id

        status = self.status.value

        error_description: None | str | Unset
        if isinstance(self.error_description, Unset):
            error_description = UNSET
        else:
            error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "edx_video_id": edx_video_id,
                "status": status,
            }
        )
        if error_description is not UNSET:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        edx_video_id = d.pop("edx_video_id")

        status = ValVideoStatusUpdateRequestStatus(d.pop("status"))

        def _parse_error_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_description = _parse_error_description(d.pop("error_description", UNSET))

        val_video_status_update_request = cls(
            edx_video_id=edx_video_id,
            status=status,
            error_description=error_description,
        )

        val_video_status_update_request.additional_properties = d
        return val_video_status_update_request

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
