from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.val_encode_data import ValEncodeData


T = TypeVar("T", bound="ValVideoProfileUpdateRequest")


@_attrs_define
class ValVideoProfileUpdateRequest:
    """One encoded version of a video to write. All three members are required: the service reads each of them.

    Attributes:
        edx_video_id (str): The edX identifier of the video.
        profile (str): The profile to write, e.g. `hls`.
        encode_data (ValEncodeData): The encoded file of a profile; the app stores these members as the new encoded
            version, so all three are needed.
    """

    edx_video_id: str
    profile: str
    encode_data: ValEncodeData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        edx_video_id = self.edx_video_id

        profile = self.profile

        encode_data = self.encode_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "edx_video_id": edx_video_id,
                "profile": profile,
                "encode_data": encode_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.val_encode_data import ValEncodeData

        d = dict(src_dict)
        edx_video_id = d.pop("edx_video_id")

        profile = d.pop("profile")

        encode_data = ValEncodeData.from_dict(d.pop("encode_data"))

        val_video_profile_update_request = cls(
            edx_video_id=edx_video_id,
            profile=profile,
            encode_data=encode_data,
        )

        val_video_profile_update_request.additional_properties = d
        return val_video_profile_update_request

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
