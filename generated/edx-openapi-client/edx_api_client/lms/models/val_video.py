from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.val_encoded_video import ValEncodedVideo


T = TypeVar("T", bound="ValVideo")


@_attrs_define
class ValVideo:
    """A video of the Video Abstraction Layer, with its encoded versions.

    Attributes:
        edx_video_id (str): The edX identifier of the video.
        duration (float): The video's duration.
        status (str): The video's status.
        url (str | Unset): A URL of the video; read-only, set by the server.
        client_video_id (str | Unset): The client's own identifier of the video.
        error_description (str | Unset): A description of the video's error, if it has one.
        courses (list[str] | Unset): The courses the video is used in.
        encoded_videos (list[ValEncodedVideo] | Unset): The encoded versions of the video, one per profile.
        created (str | Unset): When the video was created.
    """

    edx_video_id: str
    duration: float
    status: str
    url: str | Unset = UNSET
    client_video_id: str | Unset = UNSET
    error_description: str | Unset = UNSET
    courses: list[str] | Unset = UNSET
    encoded_videos: list[ValEncodedVideo] | Unset = UNSET
    created: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        edx_video_id = self.edx_video_id

        duration = self.duration

        status = self.status

        url = self.url

        client_video_id = self.client_video_id

        error_description = self.error_description

        courses: list[str] | Unset = UNSET
        if not isinstance(self.courses, Unset):
            courses = self.courses

        encoded_videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.encoded_videos, Unset):
            encoded_videos = []
            for encoded_videos_item_data in self.encoded_videos:
                encoded_videos_item = encoded_videos_item_data.to_dict()
                encoded_videos.append(encoded_videos_item)

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "edx_video_id": edx_video_id,
                "duration": duration,
                "status": status,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if client_video_id is not UNSET:
            field_dict["client_video_id"] = client_video_id
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if courses is not UNSET:
            field_dict["courses"] = courses
        if encoded_videos is not UNSET:
            field_dict["encoded_videos"] = encoded_videos
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.val_encoded_video import ValEncodedVideo

        d = dict(src_dict)
        edx_video_id = d.pop("edx_video_id")

        duration = d.pop("duration")

        status = d.pop("status")

        url = d.pop("url", UNSET)

        client_video_id = d.pop("client_video_id", UNSET)

        error_description = d.pop("error_description", UNSET)

        courses = cast(list[str], d.pop("courses", UNSET))

        _encoded_videos = d.pop("encoded_videos", UNSET)
        encoded_videos: list[ValEncodedVideo] | Unset = UNSET
        if _encoded_videos is not UNSET:
            encoded_videos = []
            for encoded_videos_item_data in _encoded_videos:
                encoded_videos_item = ValEncodedVideo.from_dict(
                    encoded_videos_item_data
                )

                encoded_videos.append(encoded_videos_item)

        created = d.pop("created", UNSET)

        val_video = cls(
            edx_video_id=edx_video_id,
            duration=duration,
            status=status,
            url=url,
            client_video_id=client_video_id,
            error_description=error_description,
            courses=courses,
            encoded_videos=encoded_videos,
            created=created,
        )

        val_video.additional_properties = d
        return val_video

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
