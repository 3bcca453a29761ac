from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mobile_enrollment_course import MobileEnrollmentCourse


T = TypeVar("T", bound="MobileCourseEnrollment")


@_attrs_define
class MobileCourseEnrollment:
    """One course enrollment of the user.

    Attributes:
        audit_access_expires (str | Unset): When the user's audit access to the course expires. The doc gives no
            description.
        certificate (str | Unset): Information about the certificate the user earned in the course.
        course_modes (str | Unset): The course's modes. The doc gives no description.
        created (str | Unset): The date the course was created, as the doc puts it.
        is_active (bool | Unset): Whether the course is currently active (true or false), as the doc puts it.
        mode (str | Unset): The type of certificate registration for the course (the doc names honor and certified).
        expiration (None | str | Unset): When the user's access to the course expires, or null if it does not expire
            (added in v1).
        url (str | Unset): The URL of the downloadable version of the user's certificate, when there is one.
        course (MobileEnrollmentCourse | Unset): Data about the course of an enrollment. The doc describes these members
            in prose without types; a URL or URI is typed as one, the other text values as strings.
    """

    audit_access_expires: str | Unset = UNSET
    certificate: str | Unset = UNSET
    course_modes: str | Unset = UNSET
    created: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    mode: str | Unset = UNSET
    expiration: None | str | Unset = UNSET
    url: str | Unset = UNSET
    course: MobileEnrollmentCourse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit_access_expires = self.audit_access_expires

        certificate = self.certificate

        course_modes = self.course_modes

        created = self.created

        is_active = self.is_active

        mode = self.mode

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        else:
            expiration = self.expiration

        url = self.url

        course: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course, Unset):
            course = self.course.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit_access_expires is not UNSET:
            field_dict["audit_access_expires"] = audit_access_expires
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if course_modes is not UNSET:
            field_dict["course_modes"] = course_modes
        if created is not UNSET:
            field_dict["created"] = created
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if mode is not UNSET:
            field_dict["mode"] = mode
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if url is not UNSET:
            field_dict["url"] = url
        if course is not UNSET:
            field_dict["course"] = course

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mobile_enrollment_course import MobileEnrollmentCourse

        d = dict(src_dict)
        audit_access_expires = d.pop("audit_access_expires", UNSET)

        certificate = d.pop("certificate", UNSET)

        course_modes = d.pop("course_modes", UNSET)

        created = d.pop("created", UNSET)

        is_active = d.pop("is_active", UNSET)

        mode = d.pop("mode", UNSET)

        def _parse_expiration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration = _parse_expiration(d.pop("expiration", UNSET))

        url = d.pop("url", UNSET)

        _course = d.pop("course", UNSET)
        course: MobileEnrollmentCourse | Unset
        if isinstance(_course, Unset):
            course = UNSET
        else:
            course = MobileEnrollmentCourse.from_dict(_course)

        mobile_course_enrollment = cls(
            audit_access_expires=audit_access_expires,
            certificate=certificate,
            course_modes=course_modes,
            created=created,
            is_active=is_active,
            mode=mode,
            expiration=expiration,
            url=url,
            course=course,
        )

        mobile_course_enrollment.additional_properties = d
        return mobile_course_enrollment

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
