from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.instructor_report_download import InstructorReportDownload


T = TypeVar("T", bound="InstructorReportDownloadList")


@_attrs_define
class InstructorReportDownloadList:
    """The report files of a course that can be downloaded.

    Attributes:
        downloads (list[InstructorReportDownload]): One entry per report file.
    """

    downloads: list[InstructorReportDownload]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        downloads = []
        for downloads_item_data in self.downloads:
            downloads_item = downloads_item_data.to_dict()
            downloads.append(downloads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "downloads": downloads,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.instructor_report_download import InstructorReportDownload

        d = dict(src_dict)
        downloads = []
        _downloads = d.pop("downloads")
        for downloads_item_data in _downloads:
            downloads_item = InstructorReportDownload.from_dict(downloads_item_data)

            downloads.append(downloads_item)

        instructor_report_download_list = cls(
            downloads=downloads,
        )

        instructor_report_download_list.additional_properties = d
        return instructor_report_download_list

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
