from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.val_video_transcript_create_request_file_format import (
    ValVideoTranscriptCreateRequestFileFormat,
)
from ..models.val_video_transcript_create_request_provider import (
    ValVideoTranscriptCreateRequestProvider,
)

T = TypeVar("T", bound="ValVideoTranscriptCreateRequest")


@_attrs_define
class ValVideoTranscriptCreateRequest:
    """The information of the transcript to create.

    Attributes:
        video_id (str): The edX identifier of the video.
        name (str): The transcript's file name.
        language_code (str): The language of the transcript.
        provider (ValVideoTranscriptCreateRequestProvider): Who made the transcript.
        file_format (ValVideoTranscriptCreateRequestFileFormat): The transcript's file format.
    """

    video_id: str
    name: str
    language_code: str
    provider: ValVideoTranscriptCreateRequestProvider
    file_format: ValVideoTranscriptCreateRequestFileFormat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        name = self.name

        language_code = self.language_code

        provider = self.provider.value

        file_format = self.file_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
                "name": name,
                "language_code": language_code,
                "provider": provider,
                "file_format": file_format,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_id = d.pop("video_id")

        name = d.pop("name")

        language_code = d.pop("language_code")

        provider = ValVideoTranscriptCreateRequestProvider(d.pop("provider"))

        file_format = ValVideoTranscriptCreateRequestFileFormat(d.pop("file_format"))

        val_video_transcript_create_request = cls(
            video_id=video_id,
            name=name,
            language_code=language_code,
            provider=provider,
            file_format=file_format,
        )

        val_video_transcript_create_request.additional_properties = d
        return val_video_transcript_create_request

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
