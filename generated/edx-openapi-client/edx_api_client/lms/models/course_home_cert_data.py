from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseHomeCertData")


@_attrs_define
class CourseHomeCertData:
    """The state of the user's certificate for the course.

    Attributes:
        cert_status (str): The status of the user's certificate.
        cert_web_view_url (str): The URL at which the certificate is viewed.
        certificate_available_date (str): When the certificate becomes available.
        download_url (str): The URL from which the certificate is downloaded.
    """

    cert_status: str
    cert_web_view_url: str
    certificate_available_date: str
    download_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert_status = self.cert_status

        cert_web_view_url = self.cert_web_view_url

        certificate_available_date = self.certificate_available_date

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cert_status": cert_status,
                "cert_web_view_url": cert_web_view_url,
                "certificate_available_date": certificate_available_date,
                "download_url": download_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cert_status = d.pop("cert_status")

        cert_web_view_url = d.pop("cert_web_view_url")

        certificate_available_date = d.pop("certificate_available_date")

        download_url = d.pop("download_url")

        course_home_cert_data = cls(
            cert_status=cert_status,
            cert_web_view_url=cert_web_view_url,
            certificate_available_date=certificate_available_date,
            download_url=download_url,
        )

        course_home_cert_data.additional_properties = d
        return course_home_cert_data

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
