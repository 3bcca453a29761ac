from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.val_encoded_video import ValEncodedVideo
    from ..models.val_video_courses_item_type_1 import ValVideoCoursesItemType1


T = TypeVar("T", bound="ValVideo")


@_attrs_define
class ValVideo:
    """A video of the Video Abstraction Layer, with its encoded versions.

    Attributes:
        edx_video_id (str): The edX identifier of the video.
        duration (float): The video's duration.
        status (str): The video's status.
        encoded_videos (list[ValEncodedVideo]): The encoded versions of the video, one per profile.
        url (str | Unset): A URL of the video; read-only, set by the server (the path of the video's detail).
        client_video_id (str | Unset): The client's own identifier of the video.
        error_description (None | str | Unset): A description of the video's error, if it has one; null when none was
            recorded.
        courses (list[str | ValVideoCoursesItemType1] | Unset): The courses the video is used in. The platform answers
            each as a one-entry object mapping the course id to the URL of the video's image in that course (null when it
            has none); a write may name a course by its id alone, or as such an object whose value is the image's file name.
        created (datetime.datetime | Unset): When the video was created.
    """

    edx_video_id: str
    duration: float
    status: str
    encoded_videos: list[ValEncodedVideo]
    url: str | Unset = UNSET
    client_video_id: str | Unset = UNSET
    error_description: None | str | Unset = UNSET
    courses: list[str | ValVideoCoursesItemType1] | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.val_video_courses_item_type_1 import ValVideoCoursesItemType1

        edx_video_id = self.edx_video_id

        duration = self.duration

        status = self.status

        encoded_videos = []
        for encoded_videos_item_data in self.encoded_videos:
            encoded_videos_item = encoded_videos_item_data.to_dict()
            encoded_videos.append(encoded_videos_item)

        url = self.url

        client_video_id = self.client_video_id

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
                if isinstance(courses_item_data, ValVideoCoursesItemType1):
                    courses_item = courses_item_data.to_dict()
                else:
                    courses_item = courses_item_data
                courses.append(courses_item)

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "edx_video_id": edx_video_id,
                "duration": duration,
                "status": status,
                "encoded_videos": encoded_videos,
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
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.val_encoded_video import ValEncodedVideo
        from ..models.val_video_courses_item_type_1 import ValVideoCoursesItemType1

        d = dict(src_dict)
        edx_video_id = d.pop("edx_video_id")

        duration = d.pop("duration")
        if not (isinstance(duration, (int, float)) and not isinstance(duration, bool)):
            raise TypeError(
                f"duration: expected a number, got {type(duration).__name__}"
            )

        status = d.pop("status")

        encoded_videos = []
        _encoded_videos = d.pop("encoded_videos")
        for encoded_videos_item_data in _encoded_videos:
            encoded_videos_item = ValEncodedVideo.from_dict(encoded_videos_item_data)

            encoded_videos.append(encoded_videos_item)

        url = d.pop("url", UNSET)

        client_video_id = d.pop("client_video_id", UNSET)

        def _parse_error_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_description = _parse_error_description(d.pop("error_description", UNSET))

        _courses = d.pop("courses", UNSET)
        courses: list[str | ValVideoCoursesItemType1] | Unset = UNSET
        if _courses is not UNSET:
            courses = []
            for courses_item_data in _courses:

                def _parse_courses_item(data: object) -> str | ValVideoCoursesItemType1:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        courses_item_type_1 = ValVideoCoursesItemType1.from_dict(data)

                        return courses_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | ValVideoCoursesItemType1, data)

                courses_item = _parse_courses_item(courses_item_data)

                courses.append(courses_item)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        val_video = cls(
            edx_video_id=edx_video_id,
            duration=duration,
            status=status,
            encoded_videos=encoded_videos,
            url=url,
            client_video_id=client_video_id,
            error_description=error_description,
            courses=courses,
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
