from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.val_encoded_video import ValEncodedVideo
    from ..models.val_video_patch_courses_item_type_1 import (
        ValVideoPatchCoursesItemType1,
    )


T = TypeVar("T", bound="ValVideoPatch")


@_attrs_define
class ValVideoPatch:
    """A partial change to a video: the members sent replace the stored ones (a list of encoded versions or courses
    replaces the whole list); none is required.

        Attributes:
            edx_video_id (str | Unset): The edX identifier of the video.
            client_video_id (str | Unset): The client's own identifier of the video.
            duration (float | Unset): The video's duration.
            status (str | Unset): The video's status.
            error_description (None | str | Unset): A description of the video's error.
            courses (list[str | ValVideoPatchCoursesItemType1] | Unset): The courses the video is used in, each a course id
                or a course id mapped to an image file name.
            encoded_videos (list[ValEncodedVideo] | Unset): The encoded versions of the video, one per profile.
    """

    edx_video_id: str | Unset = UNSET
    client_video_id: str | Unset = UNSET
    duration: float | Unset = UNSET
    status: str | Unset = UNSET
    error_description: None | str | Unset = UNSET
    courses: list[str | ValVideoPatchCoursesItemType1] | Unset = UNSET
    encoded_videos: list[ValEncodedVideo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.val_video_patch_courses_item_type_1 import (
            ValVideoPatchCoursesItemType1,
        )

        edx_video_id = self.edx_video_id

        client_video_id = self.client_video_id

        duration = self.duration

        status = self.status

        error_description: None | str | Unset
        if isinstance(self.error_description, Unset):
            error_description = UNSET
        else:
            error_description = self.error_description

        courses: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.courses, Unset):
            courses = []
            for courses_item_data in self.courses:
                courses_item: dict[str, Any] | str
                if isinstance(courses_item_data, ValVideoPatchCoursesItemType1):
                    courses_item = courses_item_data.to_dict()
                else:
                    courses_item = courses_item_data
                courses.append(courses_item)

        encoded_videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.encoded_videos, Unset):
            encoded_videos = []
            for encoded_videos_item_data in self.encoded_videos:
                encoded_videos_item = encoded_videos_item_data.to_dict()
                encoded_videos.append(encoded_videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if edx_video_id is not UNSET:
            field_dict["edx_video_id"] = edx_video_id
        if client_video_id is not UNSET:
            field_dict["client_video_id"] = client_video_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if courses is not UNSET:
            field_dict["courses"] = courses
        if encoded_videos is not UNSET:
            field_dict["encoded_videos"] = encoded_videos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.val_encoded_video import ValEncodedVideo
        from ..models.val_video_patch_courses_item_type_1 import (
            ValVideoPatchCoursesItemType1,
        )

        d = dict(src_dict)
        edx_video_id = d.pop("edx_video_id", UNSET)

        client_video_id = d.pop("client_video_id", UNSET)

        duration = d.pop("duration", UNSET)
        if not isinstance(duration, Unset) and not (
            isinstance(duration, (int, float)) and not isinstance(duration, bool)
        ):
            raise TypeError(
                f"duration: expected a number, got {type(duration).__name__}"
            )

        status = d.pop("status", UNSET)

        def _parse_error_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_description = _parse_error_description(d.pop("error_description", UNSET))

        _courses = d.pop("courses", UNSET)
        courses: list[str | ValVideoPatchCoursesItemType1] | Unset = UNSET
        if _courses is not UNSET:
            courses = []
            for courses_item_data in _courses:

                def _parse_courses_item(
                    data: object,
                ) -> str | ValVideoPatchCoursesItemType1:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        courses_item_type_1 = ValVideoPatchCoursesItemType1.from_dict(
                            data
                        )

                        return courses_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | ValVideoPatchCoursesItemType1, data)

                courses_item = _parse_courses_item(courses_item_data)

                courses.append(courses_item)

        _encoded_videos = d.pop("encoded_videos", UNSET)
        encoded_videos: list[ValEncodedVideo] | Unset = UNSET
        if _encoded_videos is not UNSET:
            encoded_videos = []
            for encoded_videos_item_data in _encoded_videos:
                encoded_videos_item = ValEncodedVideo.from_dict(
                    encoded_videos_item_data
                )

                encoded_videos.append(encoded_videos_item)

        val_video_patch = cls(
            edx_video_id=edx_video_id,
            client_video_id=client_video_id,
            duration=duration,
            status=status,
            error_description=error_description,
            courses=courses,
            encoded_videos=encoded_videos,
        )

        val_video_patch.additional_properties = d
        return val_video_patch

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
