from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValEncodedVideo")


@_attrs_define
class ValEncodedVideo:
    """One encoded version of a video, in one profile.

    Attributes:
        profile (str): The encoding profile of this version.
        url (str): Where this version can be fetched.
        file_size (int): The size of the encoded file.
        bitrate (int): The bitrate of the encoded file.
        created (str | Unset): When this version was created.
        modified (str | Unset): When this version was last changed.
    """

    profile: str
    url: str
    file_size: int
    bitrate: int
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile = self.profile

        url = self.url

        file_size = self.file_size

        bitrate = self.bitrate

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile": profile,
                "url": url,
                "file_size": file_size,
                "bitrate": bitrate,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        profile = d.pop("profile")

        url = d.pop("url")

        file_size = d.pop("file_size")

        bitrate = d.pop("bitrate")

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        val_encoded_video = cls(
            profile=profile,
            url=url,
            file_size=file_size,
            bitrate=bitrate,
            created=created,
            modified=modified,
        )

        val_encoded_video.additional_properties = d
        return val_encoded_video

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
