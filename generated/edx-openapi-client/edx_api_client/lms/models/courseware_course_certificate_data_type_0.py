from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoursewareCourseCertificateDataType0")


@_attrs_define
class CoursewareCourseCertificateDataType0:
    """The effective user's certificate for the course.

    Attributes:
        cert_status (str | Unset): The status of the user's certificate.
        cert_web_view_url (None | str | Unset): The address of the certificate's web view, or null.
        download_url (None | str | Unset): The address from which the certificate can be downloaded, or null.
        certificate_available_date (datetime.datetime | None | Unset): When the certificate becomes available, or null.
    """

    cert_status: str | Unset = UNSET
    cert_web_view_url: None | str | Unset = UNSET
    download_url: None | str | Unset = UNSET
    certificate_available_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert_status = self.cert_status

        cert_web_view_url: None | str | Unset
        if isinstance(self.cert_web_view_url, Unset):
            cert_web_view_url = UNSET
        else:
            cert_web_view_url = self.cert_web_view_url

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        certificate_available_date: None | str | Unset
        if isinstance(self.certificate_available_date, Unset):
            certificate_available_date = UNSET
        elif isinstance(self.certificate_available_date, datetime.datetime):
            certificate_available_date = self.certificate_available_date.isoformat()
        else:
            certificate_available_date = self.certificate_available_date

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

        def _parse_cert_web_view_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cert_web_view_url = _parse_cert_web_view_url(d.pop("cert_web_view_url", UNSET))

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        def _parse_certificate_available_date(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                certificate_available_date_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return certificate_available_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        certificate_available_date = _parse_certificate_available_date(
            d.pop("certificate_available_date", UNSET)
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
