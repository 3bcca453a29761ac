from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditRequestParameters")


@_attrs_define
class CreditRequestParameters:
    """The signed form fields sent to an integrated provider; empty for a provider without integration.

    Attributes:
        request_uuid (str | Unset): The credit request's UUID (32 hexadecimal digits).
        timestamp (int | Unset): When the request was made, in seconds since the epoch.
        course_org (str | Unset): The course's organization.
        course_num (str | Unset): The course's number.
        course_run (str | Unset): The course's run.
        enrollment_timestamp (int | str | Unset): When the learner enrolled, in seconds since the epoch; empty when
            unknown.
        course_completion_timestamp (int | str | Unset): When the learner completed the course's last exam, in seconds
            since the epoch; empty when unknown.
        final_grade (str | Unset): The learner's final grade, a number written as text.
        user_username (str | Unset): The learner's username.
        user_email (str | Unset): The learner's email address.
        user_full_name (str | Unset): The learner's full name.
        user_mailing_address (str | Unset): Always empty.
        user_country (str | Unset): The learner's country code; empty when not set.
        signature (str | Unset): The signature over the other parameters, with the secret shared with the provider.
    """

    request_uuid: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    course_org: str | Unset = UNSET
    course_num: str | Unset = UNSET
    course_run: str | Unset = UNSET
    enrollment_timestamp: int | str | Unset = UNSET
    course_completion_timestamp: int | str | Unset = UNSET
    final_grade: str | Unset = UNSET
    user_username: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_full_name: str | Unset = UNSET
    user_mailing_address: str | Unset = UNSET
    user_country: str | Unset = UNSET
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_uuid = self.request_uuid

        timestamp = self.timestamp

        course_org = self.course_org

        course_num = self.course_num

        course_run = self.course_run

        enrollment_timestamp: int | str | Unset
        if isinstance(self.enrollment_timestamp, Unset):
            enrollment_timestamp = UNSET
        else:
            enrollment_timestamp = self.enrollment_timestamp

        course_completion_timestamp: int | str | Unset
        if isinstance(self.course_completion_timestamp, Unset):
            course_completion_timestamp = UNSET
        else:
            course_completion_timestamp = self.course_completion_timestamp

        final_grade = self.final_grade

        user_username = self.user_username

        user_email = self.user_email

        user_full_name = self.user_full_name

        user_mailing_address = self.user_mailing_address

        user_country = self.user_country

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_uuid is not UNSET:
            field_dict["request_uuid"] = request_uuid
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if course_org is not UNSET:
            field_dict["course_org"] = course_org
        if course_num is not UNSET:
            field_dict["course_num"] = course_num
        if course_run is not UNSET:
            field_dict["course_run"] = course_run
        if enrollment_timestamp is not UNSET:
            field_dict["enrollment_timestamp"] = enrollment_timestamp
        if course_completion_timestamp is not UNSET:
            field_dict["course_completion_timestamp"] = course_completion_timestamp
        if final_grade is not UNSET:
            field_dict["final_grade"] = final_grade
        if user_username is not UNSET:
            field_dict["user_username"] = user_username
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_full_name is not UNSET:
            field_dict["user_full_name"] = user_full_name
        if user_mailing_address is not UNSET:
            field_dict["user_mailing_address"] = user_mailing_address
        if user_country is not UNSET:
            field_dict["user_country"] = user_country
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_uuid = d.pop("request_uuid", UNSET)

        timestamp = d.pop("timestamp", UNSET)
        if not isinstance(timestamp, Unset) and not (
            isinstance(timestamp, int) and not isinstance(timestamp, bool)
        ):
            raise TypeError(
                f"timestamp: expected an integer, got {type(timestamp).__name__}"
            )

        course_org = d.pop("course_org", UNSET)

        course_num = d.pop("course_num", UNSET)

        course_run = d.pop("course_run", UNSET)

        def _parse_enrollment_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                enrollment_timestamp_type_0 = data
                if not (
                    isinstance(enrollment_timestamp_type_0, int)
                    and not isinstance(enrollment_timestamp_type_0, bool)
                ):
                    raise TypeError(
                        f"enrollment_timestamp_type_0: expected an integer, got {type(enrollment_timestamp_type_0).__name__}"
                    )

                return enrollment_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | str | Unset, data)

        enrollment_timestamp = _parse_enrollment_timestamp(
            d.pop("enrollment_timestamp", UNSET)
        )

        def _parse_course_completion_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                course_completion_timestamp_type_0 = data
                if not (
                    isinstance(course_completion_timestamp_type_0, int)
                    and not isinstance(course_completion_timestamp_type_0, bool)
                ):
                    raise TypeError(
                        f"course_completion_timestamp_type_0: expected an integer, got {type(course_completion_timestamp_type_0).__name__}"
                    )

                return course_completion_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | str | Unset, data)

        course_completion_timestamp = _parse_course_completion_timestamp(
            d.pop("course_completion_timestamp", UNSET)
        )

        final_grade = d.pop("final_grade", UNSET)

        user_username = d.pop("user_username", UNSET)

        user_email = d.pop("user_email", UNSET)

        user_full_name = d.pop("user_full_name", UNSET)

        user_mailing_address = d.pop("user_mailing_address", UNSET)

        user_country = d.pop("user_country", UNSET)

        signature = d.pop("signature", UNSET)

        credit_request_parameters = cls(
            request_uuid=request_uuid,
            timestamp=timestamp,
            course_org=course_org,
            course_num=course_num,
            course_run=course_run,
            enrollment_timestamp=enrollment_timestamp,
            course_completion_timestamp=course_completion_timestamp,
            final_grade=final_grade,
            user_username=user_username,
            user_email=user_email,
            user_full_name=user_full_name,
            user_mailing_address=user_mailing_address,
            user_country=user_country,
            signature=signature,
        )

        credit_request_parameters.additional_properties = d
        return credit_request_parameters

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
