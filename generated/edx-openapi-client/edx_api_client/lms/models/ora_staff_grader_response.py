from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ora_staff_grader_file import OraStaffGraderFile


T = TypeVar("T", bound="OraStaffGraderResponse")


@_attrs_define
class OraStaffGraderResponse:
    """What the learner submitted.

    Attributes:
        files (list[OraStaffGraderFile]): The files uploaded with the response.
        text (list[str]): The text answer to each prompt, as HTML.
    """

    files: list[OraStaffGraderFile]
    text: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "files": files,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_file import OraStaffGraderFile

        d = dict(src_dict)
        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = OraStaffGraderFile.from_dict(files_item_data)

            files.append(files_item)

        text = cast(list[str], d.pop("text"))

        ora_staff_grader_response = cls(
            files=files,
            text=text,
        )

        ora_staff_grader_response.additional_properties = d
        return ora_staff_grader_response

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
