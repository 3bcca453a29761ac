from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_certificate_type import CertificateCertificateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Certificate")


@_attrs_define
class Certificate:
    """A course certificate of one user in one course run.

    Attributes:
        username (str): The username given in the request.
        course_id (str): The course identifier, as a string.
        certificate_type (CertificateCertificateType): The kind of certificate.
        created_date (str): When the certificate was created: an ISO 8601 date and time whose UTC offset may be written
            without a colon (e.g. "2015-12-03T13:14:28+0000").
        status (str): The certificate's status, such as `downloadable`.
        is_passing (bool): True when the certificate's status is a passing one, false otherwise.
        download_url (str): The URL of the certificate.
        grade (str): The user's grade in the course, a float written as a string.
        course_display_name (str | Unset): The name of the course.
        course_organization (str | Unset): The organization the course belongs to.
        modified_date (datetime.datetime | Unset): When the certificate was last changed; only in the list of a user's
            certificates.
        uuid (str | Unset): The certificate's verification UUID; only in the list of a user's certificates.
    """

    username: str
    course_id: str
    certificate_type: CertificateCertificateType
    created_date: str
    status: str
    is_passing: bool
    download_url: str
    grade: str
    course_display_name: str | Unset = UNSET
    course_organization: str | Unset = UNSET
    modified_date: datetime.datetime | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        course_id = self.course_id

        certificate_type = self.certificate_type.value

        created_date = self.created_date

        status = self.status

        is_passing = self.is_passing

        download_url = self.download_url

        grade = self.grade

        course_display_name = self.course_display_name

        course_organization = self.course_organization

        modified_date: str | Unset = UNSET
        if not isinstance(self.modified_date, Unset):
            modified_date = self.modified_date.isoformat()

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "course_id": course_id,
                "certificate_type": certificate_type,
                "created_date": created_date,
                "status": status,
                "is_passing": is_passing,
                "download_url": download_url,
                "grade": grade,
            }
        )
        if course_display_name is not UNSET:
            field_dict["course_display_name"] = course_display_name
        if course_organization is not UNSET:
            field_dict["course_organization"] = course_organization
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        course_id = d.pop("course_id")

        certificate_type = CertificateCertificateType(d.pop("certificate_type"))

        created_date = d.pop("created_date")

        status = d.pop("status")

        is_passing = d.pop("is_passing")
        if not (isinstance(is_passing, bool)):
            raise TypeError(
                f"is_passing: expected a boolean, got {type(is_passing).__name__}"
            )

        download_url = d.pop("download_url")

        grade = d.pop("grade")

        course_display_name = d.pop("course_display_name", UNSET)

        course_organization = d.pop("course_organization", UNSET)

        _modified_date = d.pop("modified_date", UNSET)
        modified_date: datetime.datetime | Unset
        if isinstance(_modified_date, Unset):
            modified_date = UNSET
        else:
            modified_date = datetime.datetime.fromisoformat(_modified_date)

        uuid = d.pop("uuid", UNSET)

        certificate = cls(
            username=username,
            course_id=course_id,
            certificate_type=certificate_type,
            created_date=created_date,
            status=status,
            is_passing=is_passing,
            download_url=download_url,
            grade=grade,
            course_display_name=course_display_name,
            course_organization=course_organization,
            modified_date=modified_date,
            uuid=uuid,
        )

        certificate.additional_properties = d
        return certificate

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
