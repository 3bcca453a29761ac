from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrollment_attribute import EnrollmentAttribute
    from ..models.enrollment_create_request_course_details import (
        EnrollmentCreateRequestCourseDetails,
    )


T = TypeVar("T", bound="EnrollmentCreateRequest")


@_attrs_define
class EnrollmentCreateRequest:
    """What to enroll in, and for whom. The keys are the ones the enrollment view reads.

    Attributes:
        course_details (EnrollmentCreateRequestCourseDetails): The course to enroll in.
        user (str | Unset): The username to enroll; the caller when left out. Only global staff and server-to-server
            clients may name another user.
        email (str | Unset): The email address of the user to enroll, read only when `user` is left out; only global
            staff and server-to-server clients may send it.
        mode (str | Unset): The slug of the course mode to enroll in; the course's default when left out. Callers other
            than global staff and server-to-server clients may only ask for `audit` or `honor`.
        is_active (bool | Unset): Whether the enrollment is to be active. Only global staff and server-to-server clients
            can deactivate an existing enrollment this way.
        enrollment_attributes (list[EnrollmentAttribute] | Unset): Attributes to store with the enrollment; a credit
            mode needs the `credit` namespace's `provider_id`.
        force_enrollment (bool | Unset): Enroll even though enrollment has closed or the mode has expired; honoured for
            global staff only.
        linked_enterprise_customer (str | Unset): For server-to-server calls on a platform with the enterprise
            integration: the UUID of an enterprise customer; the enrollment is then also recorded with that customer and the
            learner's data-sharing consent is given for it.
        enterprise_uuid (str | Unset): The enterprise customer the enrollment is made for, if any.
        cohort (str | Unset): The name of a cohort of the course to add the user to; an unknown cohort is answered 400.
        email_opt_in (bool | Unset): Whether the caller agrees to receive email from the course's organization.
    """

    course_details: EnrollmentCreateRequestCourseDetails
    user: str | Unset = UNSET
    email: str | Unset = UNSET
    mode: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    enrollment_attributes: list[EnrollmentAttribute] | Unset = UNSET
    force_enrollment: bool | Unset = UNSET
    linked_enterprise_customer: str | Unset = UNSET
    enterprise_uuid: str | Unset = UNSET
    cohort: str | Unset = UNSET
    email_opt_in: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_details = self.course_details.to_dict()

        user = self.user

        email = self.email

        mode = self.mode

        is_active = self.is_active

        enrollment_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enrollment_attributes, Unset):
            enrollment_attributes = []
            for enrollment_attributes_item_data in self.enrollment_attributes:
                enrollment_attributes_item = enrollment_attributes_item_data.to_dict()
                enrollment_attributes.append(enrollment_attributes_item)

        force_enrollment = self.force_enrollment

        linked_enterprise_customer = self.linked_enterprise_customer

        enterprise_uuid = self.enterprise_uuid

        cohort = self.cohort

        email_opt_in = self.email_opt_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_details": course_details,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if email is not UNSET:
            field_dict["email"] = email
        if mode is not UNSET:
            field_dict["mode"] = mode
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if enrollment_attributes is not UNSET:
            field_dict["enrollment_attributes"] = enrollment_attributes
        if force_enrollment is not UNSET:
            field_dict["force_enrollment"] = force_enrollment
        if linked_enterprise_customer is not UNSET:
            field_dict["linked_enterprise_customer"] = linked_enterprise_customer
        if enterprise_uuid is not UNSET:
            field_dict["enterprise_uuid"] = enterprise_uuid
        if cohort is not UNSET:
            field_dict["cohort"] = cohort
        if email_opt_in is not UNSET:
            field_dict["email_opt_in"] = email_opt_in

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enrollment_attribute import EnrollmentAttribute
        from ..models.enrollment_create_request_course_details import (
            EnrollmentCreateRequestCourseDetails,
        )

        d = dict(src_dict)
        course_details = EnrollmentCreateRequestCourseDetails.from_dict(
            d.pop("course_details")
        )

        user = d.pop("user", UNSET)

        email = d.pop("email", UNSET)

        mode = d.pop("mode", UNSET)

        is_active = d.pop("is_active", UNSET)
        if not isinstance(is_active, Unset) and not (isinstance(is_active, bool)):
            raise TypeError(
                f"is_active: expected a boolean, got {type(is_active).__name__}"
            )

        _enrollment_attributes = d.pop("enrollment_attributes", UNSET)
        enrollment_attributes: list[EnrollmentAttribute] | Unset = UNSET
        if _enrollment_attributes is not UNSET:
            enrollment_attributes = []
            for enrollment_attributes_item_data in _enrollment_attributes:
                enrollment_attributes_item = EnrollmentAttribute.from_dict(
                    enrollment_attributes_item_data
                )

                enrollment_attributes.append(enrollment_attributes_item)

        force_enrollment = d.pop("force_enrollment", UNSET)
        if not isinstance(force_enrollment, Unset) and not (
            isinstance(force_enrollment, bool)
        ):
            raise TypeError(
                f"force_enrollment: expected a boolean, got {type(force_enrollment).__name__}"
            )

        linked_enterprise_customer = d.pop("linked_enterprise_customer", UNSET)

        enterprise_uuid = d.pop("enterprise_uuid", UNSET)

        cohort = d.pop("cohort", UNSET)

        email_opt_in = d.pop("email_opt_in", UNSET)
        if not isinstance(email_opt_in, Unset) and not (isinstance(email_opt_in, bool)):
            raise TypeError(
                f"email_opt_in: expected a boolean, got {type(email_opt_in).__name__}"
            )

        enrollment_create_request = cls(
            course_details=course_details,
            user=user,
            email=email,
            mode=mode,
            is_active=is_active,
            enrollment_attributes=enrollment_attributes,
            force_enrollment=force_enrollment,
            linked_enterprise_customer=linked_enterprise_customer,
            enterprise_uuid=enterprise_uuid,
            cohort=cohort,
            email_opt_in=email_opt_in,
        )

        enrollment_create_request.additional_properties = d
        return enrollment_create_request

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
