from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OraStaffGraderFile")


@_attrs_define
class OraStaffGraderFile:
    """A file uploaded with a response.

    Attributes:
        download_url (str): The absolute URL to download the file from; empty when it has none.
        description (str): The description the learner gave the file.
        name (str): The file's name.
        size (int): The file's size in bytes.
    """

    download_url: str
    description: str
    name: str
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_url = self.download_url

        description = self.description

        name = self.name

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "downloadUrl": download_url,
                "description": description,
                "name": name,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        download_url = d.pop("downloadUrl")

        description = d.pop("description")

        name = d.pop("name")

        size = d.pop("size")
        if not (isinstance(size, int) and not isinstance(size, bool)):
            raise TypeError(f"size: expected an integer, got {type(size).__name__}")

        ora_staff_grader_file = cls(
            download_url=download_url,
            description=description,
            name=name,
            size=size,
        )

        ora_staff_grader_file.additional_properties = d
        return ora_staff_grader_file

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
