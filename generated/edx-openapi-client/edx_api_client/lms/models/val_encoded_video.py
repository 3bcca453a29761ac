from __future__ import annotations

import datetime
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
        profile (str): The encoding profile of this version, by its name (a profile the platform knows).
        url (str): Where this version can be fetched.
        file_size (int): The size of the encoded file.
        bitrate (int): The bitrate of the encoded file.
        created (datetime.datetime | Unset): When this version was created.
        modified (datetime.datetime | Unset): When this version was last changed.
    """

    profile: str
    url: str
    file_size: int
    bitrate: int
    created: datetime.datetime | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile = self.profile

        url = self.url

        file_size = self.file_size

        bitrate = self.bitrate

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

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
        if not (isinstance(file_size, int) and not isinstance(file_size, bool)):
            raise TypeError(
                f"file_size: expected an integer, got {type(file_size).__name__}"
            )

        bitrate = d.pop("bitrate")
        if not (isinstance(bitrate, int) and not isinstance(bitrate, bool)):
            raise TypeError(
                f"bitrate: expected an integer, got {type(bitrate).__name__}"
            )

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

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
