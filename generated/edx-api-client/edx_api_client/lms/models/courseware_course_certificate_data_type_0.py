from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoursewareCourseCertificateDataType0")


@_attrs_define
class CoursewareCourseCertificateDataType0:
    """The effective user's certificate for the course; the doc lists no members, the members are the serializer's.

    Attributes:
        cert_status (str | Unset): The status of the user's certificate.
        cert_web_view_url (str | Unset): The address of the certificate's web view.
        download_url (str | Unset): The address from which the certificate can be downloaded.
        certificate_available_date (datetime.datetime | Unset): When the certificate becomes available.
    """

    cert_status: str | Unset = UNSET
    cert_web_view_url: str | Unset = UNSET
    download_url: str | Unset = UNSET
    certificate_available_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert_status = self.cert_status

        cert_web_view_url = self.cert_web_view_url

        download_url = self.download_url

        certificate_available_date: str | Unset = UNSET
        if not isinstance(self.certificate_available_date, Unset):
            certificate_available_date = self.certificate_available_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cert_status is not UNSET:
            field_dict["cert_status"] = cert_status
        if cert_web_view_url is not UNSET:
            field_dict["cert_web_view_url"] = cert_web_view_url
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if certificate_available_date is not UNSET:
            field_dict["certificate_available_date"] = certificate_available_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cert_status = d.pop("cert_status", UNSET)

        cert_web_view_url = d.pop("cert_web_view_url", UNSET)

        download_url = d.pop("download_url", UNSET)

        _certificate_available_date = d.pop("certificate_available_date", UNSET)
        certificate_available_date: datetime.datetime | Unset
        if isinstance(_certificate_available_date, Unset):
            certificate_available_date = UNSET
        else:
            certificate_available_date = datetime.datetime.fromisoformat(
                _certificate_available_date
            )

        courseware_course_certificate_data_type_0 = cls(
            cert_status=cert_status,
            cert_web_view_url=cert_web_view_url,
            download_url=download_url,
            certificate_available_date=certificate_available_date,
        )

        courseware_course_certificate_data_type_0.additional_properties = d
        return courseware_course_certificate_data_type_0

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
