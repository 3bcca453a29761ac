from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="DiscussionFileUpload")


@_attrs_define
class DiscussionFileUpload:
    """A file to attach to a post, as a multipart form.

    Attributes:
        uploaded_file (File): The file; its type and size must be among those the forum allows.
        thread_key (str | Unset): The thread the file is for, or `root` (the default) for a new post.
    """

    uploaded_file: File
    thread_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uploaded_file = self.uploaded_file.to_tuple()

        thread_key = self.thread_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uploaded_file": uploaded_file,
            }
        )
        if thread_key is not UNSET:
            field_dict["thread_key"] = thread_key

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("uploaded_file", self.uploaded_file.to_tuple()))

        if not isinstance(self.thread_key, Unset):
            files.append(
                ("thread_key", (None, str(self.thread_key).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uploaded_file = File(payload=BytesIO(d.pop("uploaded_file")))

        thread_key = d.pop("thread_key", UNSET)

        discussion_file_upload = cls(
            uploaded_file=uploaded_file,
            thread_key=thread_key,
        )

        discussion_file_upload.additional_properties = d
        return discussion_file_upload

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
