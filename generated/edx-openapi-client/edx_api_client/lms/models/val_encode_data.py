from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValEncodeData")


@_attrs_define
class ValEncodeData:
    """The encoded file of a profile; the app stores these members as the new encoded version, so all three are needed.

    Attributes:
        url (str): Where the encoded file can be fetched.
        file_size (int): The size of the encoded file, in bytes.
        bitrate (int): The bitrate of the encoded file.
    """

    url: str
    file_size: int
    bitrate: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        file_size = self.file_size

        bitrate = self.bitrate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "file_size": file_size,
                "bitrate": bitrate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        val_encode_data = cls(
            url=url,
            file_size=file_size,
            bitrate=bitrate,
        )

        val_encode_data.additional_properties = d
        return val_encode_data

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
