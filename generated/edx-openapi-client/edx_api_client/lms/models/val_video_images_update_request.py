from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValVideoImagesUpdateRequest")


@_attrs_define
class ValVideoImagesUpdateRequest:
    """The course video image to update: which video in which course, and the names of the images generated for it.

    Attributes:
        course_id (str): The course the video is used in.
        edx_video_id (str): The edX identifier of the video.
        generated_images (list[str]): The names of the images generated for the video.
    """

    course_id: str
    edx_video_id: str
    generated_images: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        edx_video_id = self.edx_video_id

        generated_images = self.generated_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "edx_video_id": edx_video_id,
                "generated_images": generated_images,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        edx_video_id = d.pop("edx_video_id")

        generated_images = cast(list[str], d.pop("generated_images"))

        val_video_images_update_request = cls(
            course_id=course_id,
            edx_video_id=edx_video_id,
            generated_images=generated_images,
        )

        val_video_images_update_request.additional_properties = d
        return val_video_images_update_request

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
