from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.learner_summary_progress_status import LearnerSummaryProgressStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LearnerSummaryV3")


@_attrs_define
class LearnerSummaryV3:
    """One course enrollment of an enterprise learner, as the v3 learner summary reports it. (The doc's table lists
    `is_consent_granted` twice, with the same type.)

        Attributes:
            is_consent_granted (bool | Unset): Whether the learner agreed to let edX share their enrollment and progress
                with the enterprise.
            amount_learner_paid (float | Unset): What the learner paid toward the enrollment, if anything.
            contract_id (str | Unset): The identifier of the contract the enrollment falls under.
            coupon_code (str | Unset): The enrollment code the learner used to enroll; does not apply to subscriptions or
                offers.
            coupon_name (str | Unset): The name of the batch of enrollment codes the learner's code came from; does not
                apply to subscriptions or offers.
            course_api_url (str | Unset): The URL of the course in the edX API's course metadata endpoint.
            course_duration (int | Unset): How many weeks the course lasts (instructor-paced) or is expected to take (self-
                paced).
            course_end (datetime.date | Unset): The last day learners can submit work or earn credit in the course.
            course_key (str | Unset): The identifier of the course as a whole.
            course_list_price (float | Unset): The course's price before any discount.
            course_max_effort (int | Unset): The expected maximum effort, in hours per week.
            course_min_effort (int | Unset): The expected minimum effort, in hours per week.
            course_pacing_type (str | Unset): Whether the course is self-paced or instructor-paced.
            course_primary_program (str | Unset): The main program the course is part of, for courses in a program.
            course_primary_subject (str | Unset): The subject the course is filed under in edX.org search.
            course_start (datetime.date | Unset): The day course content becomes available; enrollment usually opens
                earlier.
            course_title (str | Unset): The course's title.
            courserun_key (str | Unset): The identifier of the course run.
            created (datetime.datetime | Unset): When the learner progress report was last refreshed.
            current_grade (float | Unset): The learner's grade so far; it changes as the learner progresses.
            enrollment_date (datetime.date | Unset): The day the learner enrolled.
            enrollment_id (int | Unset): The enrollment's identifier.
            enterprise_customer_uuid (UUID | Unset): The identifier edX gave the enterprise account.
            enterprise_enrollment_id (int | Unset): The identifier of the enterprise enrollment.
            enterprise_name (str | Unset): The enterprise account's name.
            enterprise_sso_uid (str | Unset): The learner's user ID at the enterprise's identity provider, for customers
                using single sign-on.
            enterprise_user_id (int | Unset): The learner's identifier at edX.
            has_passed (bool | Unset): Whether the learner passed the course.
            is_refunded (bool | Unset): Whether the enrollment was refunded.
            last_activity_date (datetime.date | Unset): The last day the learner was active on edX.
            letter_grade (str | Unset): The learner's letter grade, once they have passed.
            offer_name (str | Unset): The offer the learner enrolled with (the doc calls it the offer ID); does not apply to
                subscriptions or codes.
            offer_type (str | Unset): The type and discount percentage of the offer the learner enrolled with; does not
                apply to subscriptions or codes.
            paid_by (str | Unset): Who paid for the enrollment - the enterprise, the learner or a third party.
            passed_date (datetime.date | None | Unset): The day the learner passed the course.
            progress_status (LearnerSummaryProgressStatus | Unset): Where the learner stands in the course.
            seat_delivery_method (str | Unset): The kind of subsidy the learner enrolled with.
            unenrollment_date (datetime.date | Unset): The day the learner unenrolled.
            unenrollment_end_within_date (datetime.date | Unset): The last day the learner can unenroll and still be
                refunded, usually 14 days after the later of the enrollment date and the course start.
            user_account_creation_date (datetime.datetime | Unset): When the learner's edx.org account was created.
            user_country (str | Unset): The learner's two-letter country code.
            user_current_enrollment_mode (str | Unset): The learner's current enrollment mode in the course.
            user_email (str | Unset): The learner's email address.
            user_username (str | Unset): The learner's edx.org username.
    """

    is_consent_granted: bool | Unset = UNSET
    amount_learner_paid: float | Unset = UNSET
    contract_id: str | Unset = UNSET
    coupon_code: str | Unset = UNSET
    coupon_name: str | Unset = UNSET
    course_api_url: str | Unset = UNSET
    course_duration: int | Unset = UNSET
    course_end: datetime.date | Unset = UNSET
    course_key: str | Unset = UNSET
    course_list_price: float | Unset = UNSET
    course_max_effort: int | Unset = UNSET
    course_min_effort: int | Unset = UNSET
    course_pacing_type: str | Unset = UNSET
    course_primary_program: str | Unset = UNSET
    course_primary_subject: str | Unset = UNSET
    course_start: datetime.date | Unset = UNSET
    course_title: str | Unset = UNSET
    courserun_key: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    current_grade: float | Unset = UNSET
    enrollment_date: datetime.date | Unset = UNSET
    enrollment_id: int | Unset = UNSET
    enterprise_customer_uuid: UUID | Unset = UNSET
    enterprise_enrollment_id: int | Unset = UNSET
    enterprise_name: str | Unset = UNSET
    enterprise_sso_uid: str | Unset = UNSET
    enterprise_user_id: int | Unset = UNSET
    has_passed: bool | Unset = UNSET
    is_refunded: bool | Unset = UNSET
    last_activity_date: datetime.date | Unset = UNSET
    letter_grade: str | Unset = UNSET
    offer_name: str | Unset = UNSET
    offer_type: str | Unset = UNSET
    paid_by: str | Unset = UNSET
    passed_date: datetime.date | None | Unset = UNSET
    progress_status: LearnerSummaryProgressStatus | Unset = UNSET
    seat_delivery_method: str | Unset = UNSET
    unenrollment_date: datetime.date | Unset = UNSET
    unenrollment_end_within_date: datetime.date | Unset = UNSET
    user_account_creation_date: datetime.datetime | Unset = UNSET
    user_country: str | Unset = UNSET
    user_current_enrollment_mode: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_consent_granted = self.is_consent_granted

        amount_learner_paid = self.amount_learner_paid

        contract_id = self.contract_id

        coupon_code = self.coupon_code

        coupon_name = self.coupon_name

        course_api_url = self.course_api_url

        course_duration = self.course_duration

        course_end: str | Unset = UNSET
        if not isinstance(self.course_end, Unset):
            course_end = self.course_end.isoformat()

        course_key = self.course_key

        course_list_price = self.course_list_price

        course_max_effort = self.course_max_effort

        course_min_effort = self.course_min_effort

        course_pacing_type = self.course_pacing_type

        course_primary_program = self.course_primary_program

        course_primary_subject = self.course_primary_subject

        course_start: str | Unset = UNSET
        if not isinstance(self.course_start, Unset):
            course_start = self.course_start.isoformat()

        course_title = self.course_title

        courserun_key = self.courserun_key

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        current_grade = self.current_grade

        enrollment_date: str | Unset = UNSET
        if not isinstance(self.enrollment_date, Unset):
            enrollment_date = self.enrollment_date.isoformat()

        enrollment_id = self.enrollment_id

        enterprise_customer_uuid: str | Unset = UNSET
        if not isinstance(self.enterprise_customer_uuid, Unset):
            enterprise_customer_uuid = str(self.enterprise_customer_uuid)

        enterprise_enrollment_id = self.enterprise_enrollment_id

        enterprise_name = self.enterprise_name

        enterprise_sso_uid = self.enterprise_sso_uid

        enterprise_user_id = self.enterprise_user_id

        has_passed = self.has_passed

        is_refunded = self.is_refunded

        last_activity_date: str | Unset = UNSET
        if not isinstance(self.last_activity_date, Unset):
            last_activity_date = self.last_activity_date.isoformat()

        letter_grade = self.letter_grade

        offer_name = self.offer_name

        offer_type = self.offer_type

        paid_by = self.paid_by

        passed_date: None | str | Unset
        if isinstance(self.passed_date, Unset):
            passed_date = UNSET
        elif isinstance(self.passed_date, datetime.date):
            passed_date = self.passed_date.isoformat()
        else:
            passed_date = self.passed_date

        progress_status: str | Unset = UNSET
        if not isinstance(self.progress_status, Unset):
            progress_status = self.progress_status.value

        seat_delivery_method = self.seat_delivery_method

        unenrollment_date: str | Unset = UNSET
        if not isinstance(self.unenrollment_date, Unset):
            unenrollment_date = self.unenrollment_date.isoformat()

        unenrollment_end_within_date: str | Unset = UNSET
        if not isinstance(self.unenrollment_end_within_date, Unset):
            unenrollment_end_within_date = self.unenrollment_end_within_date.isoformat()

        user_account_creation_date: str | Unset = UNSET
        if not isinstance(self.user_account_creation_date, Unset):
            user_account_creation_date = self.user_account_creation_date.isoformat()

        user_country = self.user_country

        user_current_enrollment_mode = self.user_current_enrollment_mode

        user_email = self.user_email

        user_username = self.user_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_consent_granted is not UNSET:
            field_dict["is_consent_granted"] = is_consent_granted
        if amount_learner_paid is not UNSET:
            field_dict["amount_learner_paid"] = amount_learner_paid
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if coupon_name is not UNSET:
            field_dict["coupon_name"] = coupon_name
        if course_api_url is not UNSET:
            field_dict["course_api_url"] = course_api_url
        if course_duration is not UNSET:
            field_dict["course_duration"] = course_duration
        if course_end is not UNSET:
            field_dict["course_end"] = course_end
        if course_key is not UNSET:
            field_dict["course_key"] = course_key
        if course_list_price is not UNSET:
            field_dict["course_list_price"] = course_list_price
        if course_max_effort is not UNSET:
            field_dict["course_max_effort"] = course_max_effort
        if course_min_effort is not UNSET:
            field_dict["course_min_effort"] = course_min_effort
        if course_pacing_type is not UNSET:
            field_dict["course_pacing_type"] = course_pacing_type
        if course_primary_program is not UNSET:
            field_dict["course_primary_program"] = course_primary_program
        if course_primary_subject is not UNSET:
            field_dict["course_primary_subject"] = course_primary_subject
        if course_start is not UNSET:
            field_dict["course_start"] = course_start
        if course_title is not UNSET:
            field_dict["course_title"] = course_title
        if courserun_key is not UNSET:
            field_dict["courserun_key"] = courserun_key
        if created is not UNSET:
            field_dict["created"] = created
        if current_grade is not UNSET:
            field_dict["current_grade"] = current_grade
        if enrollment_date is not UNSET:
            field_dict["enrollment_date"] = enrollment_date
        if enrollment_id is not UNSET:
            field_dict["enrollment_id"] = enrollment_id
        if enterprise_customer_uuid is not UNSET:
            field_dict["enterprise_customer_uuid"] = enterprise_customer_uuid
        if enterprise_enrollment_id is not UNSET:
            field_dict["enterprise_enrollment_id"] = enterprise_enrollment_id
        if enterprise_name is not UNSET:
            field_dict["enterprise_name"] = enterprise_name
        if enterprise_sso_uid is not UNSET:
            field_dict["enterprise_sso_uid"] = enterprise_sso_uid
        if enterprise_user_id is not UNSET:
            field_dict["enterprise_user_id"] = enterprise_user_id
        if has_passed is not UNSET:
            field_dict["has_passed"] = has_passed
        if is_refunded is not UNSET:
            field_dict["is_refunded"] = is_refunded
        if last_activity_date is not UNSET:
            field_dict["last_activity_date"] = last_activity_date
        if letter_grade is not UNSET:
            field_dict["letter_grade"] = letter_grade
        if offer_name is not UNSET:
            field_dict["offer_name"] = offer_name
        if offer_type is not UNSET:
            field_dict["offer_type"] = offer_type
        if paid_by is not UNSET:
            field_dict["paid_by"] = paid_by
        if passed_date is not UNSET:
            field_dict["passed_date"] = passed_date
        if progress_status is not UNSET:
            field_dict["progress_status"] = progress_status
        if seat_delivery_method is not UNSET:
            field_dict["seat_delivery_method"] = seat_delivery_method
        if unenrollment_date is not UNSET:
            field_dict["unenrollment_date"] = unenrollment_date
        if unenrollment_end_within_date is not UNSET:
            field_dict["unenrollment_end_within_date"] = unenrollment_end_within_date
        if user_account_creation_date is not UNSET:
            field_dict["user_account_creation_date"] = user_account_creation_date
        if user_country is not UNSET:
            field_dict["user_country"] = user_country
        if user_current_enrollment_mode is not UNSET:
            field_dict["user_current_enrollment_mode"] = user_current_enrollment_mode
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_username is not UNSET:
            field_dict["user_username"] = user_username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_consent_granted = d.pop("is_consent_granted", UNSET)

        amount_learner_paid = d.pop("amount_learner_paid", UNSET)

        contract_id = d.pop("contract_id", UNSET)

        coupon_code = d.pop("coupon_code", UNSET)

        coupon_name = d.pop("coupon_name", UNSET)

        course_api_url = d.pop("course_api_url", UNSET)

        course_duration = d.pop("course_duration", UNSET)

        _course_end = d.pop("course_end", UNSET)
        course_end: datetime.date | Unset
        if isinstance(_course_end, Unset):
            course_end = UNSET
        else:
            course_end = datetime.date.fromisoformat(_course_end)

        course_key = d.pop("course_key", UNSET)

        course_list_price = d.pop("course_list_price", UNSET)

        course_max_effort = d.pop("course_max_effort", UNSET)

        course_min_effort = d.pop("course_min_effort", UNSET)

        course_pacing_type = d.pop("course_pacing_type", UNSET)

        course_primary_program = d.pop("course_primary_program", UNSET)

        course_primary_subject = d.pop("course_primary_subject", UNSET)

        _course_start = d.pop("course_start", UNSET)
        course_start: datetime.date | Unset
        if isinstance(_course_start, Unset):
            course_start = UNSET
        else:
            course_start = datetime.date.fromisoformat(_course_start)

        course_title = d.pop("course_title", UNSET)

        courserun_key = d.pop("courserun_key", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        current_grade = d.pop("current_grade", UNSET)

        _enrollment_date = d.pop("enrollment_date", UNSET)
        enrollment_date: datetime.date | Unset
        if isinstance(_enrollment_date, Unset):
            enrollment_date = UNSET
        else:
            enrollment_date = datetime.date.fromisoformat(_enrollment_date)

        enrollment_id = d.pop("enrollment_id", UNSET)

        _enterprise_customer_uuid = d.pop("enterprise_customer_uuid", UNSET)
        enterprise_customer_uuid: UUID | Unset
        if isinstance(_enterprise_customer_uuid, Unset):
            enterprise_customer_uuid = UNSET
        else:
            enterprise_customer_uuid = UUID(_enterprise_customer_uuid)

        enterprise_enrollment_id = d.pop("enterprise_enrollment_id", UNSET)

        enterprise_name = d.pop("enterprise_name", UNSET)

        enterprise_sso_uid = d.pop("enterprise_sso_uid", UNSET)

        enterprise_user_id = d.pop("enterprise_user_id", UNSET)

        has_passed = d.pop("has_passed", UNSET)

        is_refunded = d.pop("is_refunded", UNSET)

        _last_activity_date = d.pop("last_activity_date", UNSET)
        last_activity_date: datetime.date | Unset
        if isinstance(_last_activity_date, Unset):
            last_activity_date = UNSET
        else:
            last_activity_date = datetime.date.fromisoformat(_last_activity_date)

        letter_grade = d.pop("letter_grade", UNSET)

        offer_name = d.pop("offer_name", UNSET)

        offer_type = d.pop("offer_type", UNSET)

        paid_by = d.pop("paid_by", UNSET)

        def _parse_passed_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                passed_date_type_0 = datetime.date.fromisoformat(data)

                return passed_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        passed_date = _parse_passed_date(d.pop("passed_date", UNSET))

        _progress_status = d.pop("progress_status", UNSET)
        progress_status: LearnerSummaryProgressStatus | Unset
        if isinstance(_progress_status, Unset):
            progress_status = UNSET
        else:
            progress_status = LearnerSummaryProgressStatus(_progress_status)

        seat_delivery_method = d.pop("seat_delivery_method", UNSET)

        _unenrollment_date = d.pop("unenrollment_date", UNSET)
        unenrollment_date: datetime.date | Unset
        if isinstance(_unenrollment_date, Unset):
            unenrollment_date = UNSET
        else:
            unenrollment_date = datetime.date.fromisoformat(_unenrollment_date)

        _unenrollment_end_within_date = d.pop("unenrollment_end_within_date", UNSET)
        unenrollment_end_within_date: datetime.date | Unset
        if isinstance(_unenrollment_end_within_date, Unset):
            unenrollment_end_within_date = UNSET
        else:
            unenrollment_end_within_date = datetime.date.fromisoformat(
                _unenrollment_end_within_date
            )

        _user_account_creation_date = d.pop("user_account_creation_date", UNSET)
        user_account_creation_date: datetime.datetime | Unset
        if isinstance(_user_account_creation_date, Unset):
            user_account_creation_date = UNSET
        else:
            user_account_creation_date = datetime.datetime.fromisoformat(
                _user_account_creation_date
            )

        user_country = d.pop("user_country", UNSET)

        user_current_enrollment_mode = d.pop("user_current_enrollment_mode", UNSET)

        user_email = d.pop("user_email", UNSET)

        user_username = d.pop("user_username", UNSET)

        learner_summary_v3 = cls(
            is_consent_granted=is_consent_granted,
            amount_learner_paid=amount_learner_paid,
            contract_id=contract_id,
            coupon_code=coupon_code,
            coupon_name=coupon_name,
            course_api_url=course_api_url,
            course_duration=course_duration,
            course_end=course_end,
            course_key=course_key,
            course_list_price=course_list_price,
            course_max_effort=course_max_effort,
            course_min_effort=course_min_effort,
            course_pacing_type=course_pacing_type,
            course_primary_program=course_primary_program,
            course_primary_subject=course_primary_subject,
            course_start=course_start,
            course_title=course_title,
            courserun_key=courserun_key,
            created=created,
            current_grade=current_grade,
            enrollment_date=enrollment_date,
            enrollment_id=enrollment_id,
            enterprise_customer_uuid=enterprise_customer_uuid,
            enterprise_enrollment_id=enterprise_enrollment_id,
            enterprise_name=enterprise_name,
            enterprise_sso_uid=enterprise_sso_uid,
            enterprise_user_id=enterprise_user_id,
            has_passed=has_passed,
            is_refunded=is_refunded,
            last_activity_date=last_activity_date,
            letter_grade=letter_grade,
            offer_name=offer_name,
            offer_type=offer_type,
            paid_by=paid_by,
            passed_date=passed_date,
            progress_status=progress_status,
            seat_delivery_method=seat_delivery_method,
            unenrollment_date=unenrollment_date,
            unenrollment_end_within_date=unenrollment_end_within_date,
            user_account_creation_date=user_account_creation_date,
            user_country=user_country,
            user_current_enrollment_mode=user_current_enrollment_mode,
            user_email=user_email,
            user_username=user_username,
        )

        learner_summary_v3.additional_properties = d
        return learner_summary_v3

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
