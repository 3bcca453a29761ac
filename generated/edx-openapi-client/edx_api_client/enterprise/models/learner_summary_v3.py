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
    """One course enrollment of an enterprise learner, as the v3 learner summary reports it.

    Attributes:
        is_consent_granted (bool | Unset): Whether the learner agreed to let edX share their enrollment and progress
            with the enterprise.
        amount_learner_paid (float | None | Unset): What the learner paid toward the enrollment, if anything.
        contract_id (None | str | Unset): The identifier of the contract the enrollment falls under.
        coupon_code (None | str | Unset): The enrollment code the learner used to enroll; does not apply to
            subscriptions or offers.
        coupon_name (None | str | Unset): The name of the batch of enrollment codes the learner's code came from; does
            not apply to subscriptions or offers.
        course_api_url (str | Unset): The URL of the course in the edX API's course metadata endpoint.
        course_key (str | Unset): The identifier of the course as a whole.
        course_list_price (float | None | Unset): The course's price before any discount.
        course_max_effort (int | None | Unset): The expected maximum effort, in hours per week.
        course_min_effort (int | None | Unset): The expected minimum effort, in hours per week.
        course_pacing_type (None | str | Unset): Whether the course is self-paced or instructor-paced.
        course_primary_program (None | str | Unset): The main program the course is part of, for courses in a program.
        course_primary_subject (None | str | Unset): The subject the course is filed under in edX.org search.
        course_title (None | str | Unset): The course's title.
        courserun_key (str | Unset): The identifier of the course run.
        created (datetime.datetime | None | Unset): When the learner progress report was last refreshed.
        current_grade (float | None | Unset): The learner's grade so far; it changes as the learner progresses.
        enrollment_date (datetime.date | Unset): The day the learner enrolled.
        enrollment_id (int | None | Unset): The enrollment's identifier.
        enterprise_customer_uuid (UUID | Unset): The identifier edX gave the enterprise account.
        enterprise_enrollment_id (int | None | Unset): The identifier of the enterprise enrollment.
        enterprise_name (str | Unset): The enterprise account's name.
        enterprise_sso_uid (None | str | Unset): The learner's user ID at the enterprise's identity provider, for
            customers using single sign-on.
        enterprise_user_id (int | Unset): The learner's identifier at edX.
        has_passed (bool | Unset): Whether the learner passed the course.
        is_refunded (bool | None | Unset): Whether the enrollment was refunded.
        last_activity_date (datetime.date | None | Unset): The last day the learner was active on edX.
        letter_grade (None | str | Unset): The learner's letter grade, once they have passed.
        offer_name (None | str | Unset): The offer the learner enrolled with; does not apply to subscriptions or codes.
        offer_type (None | str | Unset): The type and discount percentage of the offer the learner enrolled with; does
            not apply to subscriptions or codes.
        paid_by (None | str | Unset): Who paid for the enrollment - the enterprise, the learner or a third party.
        passed_date (datetime.date | None | Unset): The day the learner passed the course.
        seat_delivery_method (None | str | Unset): The kind of subsidy the learner enrolled with.
        unenrollment_date (datetime.date | None | Unset): The day the learner unenrolled.
        unenrollment_end_within_date (datetime.date | None | Unset): The last day the learner can unenroll and still be
            refunded, usually 14 days after the later of the enrollment date and the course start.
        user_account_creation_date (datetime.datetime | None | Unset): When the learner's edx.org account was created.
        user_current_enrollment_mode (str | Unset): The learner's current enrollment mode in the course.
        user_email (None | str | Unset): The learner's email address.
        user_username (None | str | Unset): The learner's edx.org username.
        course_start_date (datetime.date | None | Unset): The day the course run starts, or null.
        course_end_date (datetime.date | None | Unset): The day the course run ends, or null.
        course_duration_weeks (int | None | Unset): How many weeks the course lasts, or null.
        user_country_code (None | str | Unset): The learner's two-letter country code, or null.
        progress_status (LearnerSummaryProgressStatus | None | Unset): Where the learner stands in the course, or null
            when the report has no status.
    """

    is_consent_granted: bool | Unset = UNSET
    amount_learner_paid: float | None | Unset = UNSET
    contract_id: None | str | Unset = UNSET
    coupon_code: None | str | Unset = UNSET
    coupon_name: None | str | Unset = UNSET
    course_api_url: str | Unset = UNSET
    course_key: str | Unset = UNSET
    course_list_price: float | None | Unset = UNSET
    course_max_effort: int | None | Unset = UNSET
    course_min_effort: int | None | Unset = UNSET
    course_pacing_type: None | str | Unset = UNSET
    course_primary_program: None | str | Unset = UNSET
    course_primary_subject: None | str | Unset = UNSET
    course_title: None | str | Unset = UNSET
    courserun_key: str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    current_grade: float | None | Unset = UNSET
    enrollment_date: datetime.date | Unset = UNSET
    enrollment_id: int | None | Unset = UNSET
    enterprise_customer_uuid: UUID | Unset = UNSET
    enterprise_enrollment_id: int | None | Unset = UNSET
    enterprise_name: str | Unset = UNSET
    enterprise_sso_uid: None | str | Unset = UNSET
    enterprise_user_id: int | Unset = UNSET
    has_passed: bool | Unset = UNSET
    is_refunded: bool | None | Unset = UNSET
    last_activity_date: datetime.date | None | Unset = UNSET
    letter_grade: None | str | Unset = UNSET
    offer_name: None | str | Unset = UNSET
    offer_type: None | str | Unset = UNSET
    paid_by: None | str | Unset = UNSET
    passed_date: datetime.date | None | Unset = UNSET
    seat_delivery_method: None | str | Unset = UNSET
    unenrollment_date: datetime.date | None | Unset = UNSET
    unenrollment_end_within_date: datetime.date | None | Unset = UNSET
    user_account_creation_date: datetime.datetime | None | Unset = UNSET
    user_current_enrollment_mode: str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user_username: None | str | Unset = UNSET
    course_start_date: datetime.date | None | Unset = UNSET
    course_end_date: datetime.date | None | Unset = UNSET
    course_duration_weeks: int | None | Unset = UNSET
    user_country_code: None | str | Unset = UNSET
    progress_status: LearnerSummaryProgressStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_consent_granted = self.is_consent_granted

        amount_learner_paid: float | None | Unset
        if isinstance(self.amount_learner_paid, Unset):
            amount_learner_paid = UNSET
        else:
            amount_learner_paid = self.amount_learner_paid

        contract_id: None | str | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = self.contract_id

        coupon_code: None | str | Unset
        if isinstance(self.coupon_code, Unset):
            coupon_code = UNSET
        else:
            coupon_code = self.coupon_code

        coupon_name: None | str | Unset
        if isinstance(self.coupon_name, Unset):
            coupon_name = UNSET
        else:
            coupon_name = self.coupon_name

        course_api_url = self.course_api_url

        course_key = self.course_key

        course_list_price: float | None | Unset
        if isinstance(self.course_list_price, Unset):
            course_list_price = UNSET
        else:
            course_list_price = self.course_list_price

        course_max_effort: int | None | Unset
        if isinstance(self.course_max_effort, Unset):
            course_max_effort = UNSET
        else:
            course_max_effort = self.course_max_effort

        course_min_effort: int | None | Unset
        if isinstance(self.course_min_effort, Unset):
            course_min_effort = UNSET
        else:
            course_min_effort = self.course_min_effort

        course_pacing_type: None | str | Unset
        if isinstance(self.course_pacing_type, Unset):
            course_pacing_type = UNSET
        else:
            course_pacing_type = self.course_pacing_type

        course_primary_program: None | str | Unset
        if isinstance(self.course_primary_program, Unset):
            course_primary_program = UNSET
        else:
            course_primary_program = self.course_primary_program

        course_primary_subject: None | str | Unset
        if isinstance(self.course_primary_subject, Unset):
            course_primary_subject = UNSET
        else:
            course_primary_subject = self.course_primary_subject

        course_title: None | str | Unset
        if isinstance(self.course_title, Unset):
            course_title = UNSET
        else:
            course_title = self.course_title

        courserun_key = self.courserun_key

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        current_grade: float | None | Unset
        if isinstance(self.current_grade, Unset):
            current_grade = UNSET
        else:
            current_grade = self.current_grade

        enrollment_date: str | Unset = UNSET
        if not isinstance(self.enrollment_date, Unset):
            enrollment_date = self.enrollment_date.isoformat()

        enrollment_id: int | None | Unset
        if isinstance(self.enrollment_id, Unset):
            enrollment_id = UNSET
        else:
            enrollment_id = self.enrollment_id

        enterprise_customer_uuid: str | Unset = UNSET
        if not isinstance(self.enterprise_customer_uuid, Unset):
            enterprise_customer_uuid = str(self.enterprise_customer_uuid)

        enterprise_enrollment_id: int | None | Unset
        if isinstance(self.enterprise_enrollment_id, Unset):
            enterprise_enrollment_id = UNSET
        else:
            enterprise_enrollment_id = self.enterprise_enrollment_id

        enterprise_name = self.enterprise_name

        enterprise_sso_uid: None | str | Unset
        if isinstance(self.enterprise_sso_uid, Unset):
            enterprise_sso_uid = UNSET
        else:
            enterprise_sso_uid = self.enterprise_sso_uid

        enterprise_user_id = self.enterprise_user_id

        has_passed = self.has_passed

        is_refunded: bool | None | Unset
        if isinstance(self.is_refunded, Unset):
            is_refunded = UNSET
        else:
            is_refunded = self.is_refunded

        last_activity_date: None | str | Unset
        if isinstance(self.last_activity_date, Unset):
            last_activity_date = UNSET
        elif isinstance(self.last_activity_date, datetime.date):
            last_activity_date = self.last_activity_date.isoformat()
        else:
            last_activity_date = self.last_activity_date

        letter_grade: None | str | Unset
        if isinstance(self.letter_grade, Unset):
            letter_grade = UNSET
        else:
            letter_grade = self.letter_grade

        offer_name: None | str | Unset
        if isinstance(self.offer_name, Unset):
            offer_name = UNSET
        else:
            offer_name = self.offer_name

        offer_type: None | str | Unset
        if isinstance(self.offer_type, Unset):
            offer_type = UNSET
        else:
            offer_type = self.offer_type

        paid_by: None | str | Unset
        if isinstance(self.paid_by, Unset):
            paid_by = UNSET
        else:
            paid_by = self.paid_by

        passed_date: None | str | Unset
        if isinstance(self.passed_date, Unset):
            passed_date = UNSET
        elif isinstance(self.passed_date, datetime.date):
            passed_date = self.passed_date.isoformat()
        else:
            passed_date = self.passed_date

        seat_delivery_method: None | str | Unset
        if isinstance(self.seat_delivery_method, Unset):
            seat_delivery_method = UNSET
        else:
            seat_delivery_method = self.seat_delivery_method

        unenrollment_date: None | str | Unset
        if isinstance(self.unenrollment_date, Unset):
            unenrollment_date = UNSET
        elif isinstance(self.unenrollment_date, datetime.date):
            unenrollment_date = self.unenrollment_date.isoformat()
        else:
            unenrollment_date = self.unenrollment_date

        unenrollment_end_within_date: None | str | Unset
        if isinstance(self.unenrollment_end_within_date, Unset):
            unenrollment_end_within_date = UNSET
        elif isinstance(self.unenrollment_end_within_date, datetime.date):
            unenrollment_end_within_date = self.unenrollment_end_within_date.isoformat()
        else:
            unenrollment_end_within_date = self.unenrollment_end_within_date

        user_account_creation_date: None | str | Unset
        if isinstance(self.user_account_creation_date, Unset):
            user_account_creation_date = UNSET
        elif isinstance(self.user_account_creation_date, datetime.datetime):
            user_account_creation_date = self.user_account_creation_date.isoformat()
        else:
            user_account_creation_date = self.user_account_creation_date

        user_current_enrollment_mode = self.user_current_enrollment_mode

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        user_username: None | str | Unset
        if isinstance(self.user_username, Unset):
            user_username = UNSET
        else:
            user_username = self.user_username

        course_start_date: None | str | Unset
        if isinstance(self.course_start_date, Unset):
            course_start_date = UNSET
        elif isinstance(self.course_start_date, datetime.date):
            course_start_date = self.course_start_date.isoformat()
        else:
            course_start_date = self.course_start_date

        course_end_date: None | str | Unset
        if isinstance(self.course_end_date, Unset):
            course_end_date = UNSET
        elif isinstance(self.course_end_date, datetime.date):
            course_end_date = self.course_end_date.isoformat()
        else:
            course_end_date = self.course_end_date

        course_duration_weeks: int | None | Unset
        if isinstance(self.course_duration_weeks, Unset):
            course_duration_weeks = UNSET
        else:
            course_duration_weeks = self.course_duration_weeks

        user_country_code: None | str | Unset
        if isinstance(self.user_country_code, Unset):
            user_country_code = UNSET
        else:
            user_country_code = self.user_country_code

        progress_status: None | str | Unset
        if isinstance(self.progress_status, Unset):
            progress_status = UNSET
        elif isinstance(self.progress_status, LearnerSummaryProgressStatus):
            progress_status = self.progress_status.value
        else:
            progress_status = self.progress_status

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
        if seat_delivery_method is not UNSET:
            field_dict["seat_delivery_method"] = seat_delivery_method
        if unenrollment_date is not UNSET:
            field_dict["unenrollment_date"] = unenrollment_date
        if unenrollment_end_within_date is not UNSET:
            field_dict["unenrollment_end_within_date"] = unenrollment_end_within_date
        if user_account_creation_date is not UNSET:
            field_dict["user_account_creation_date"] = user_account_creation_date
        if user_current_enrollment_mode is not UNSET:
            field_dict["user_current_enrollment_mode"] = user_current_enrollment_mode
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_username is not UNSET:
            field_dict["user_username"] = user_username
        if course_start_date is not UNSET:
            field_dict["course_start_date"] = course_start_date
        if course_end_date is not UNSET:
            field_dict["course_end_date"] = course_end_date
        if course_duration_weeks is not UNSET:
            field_dict["course_duration_weeks"] = course_duration_weeks
        if user_country_code is not UNSET:
            field_dict["user_country_code"] = user_country_code
        if progress_status is not UNSET:
            field_dict["progress_status"] = progress_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_consent_granted = d.pop("is_consent_granted", UNSET)
        if not isinstance(is_consent_granted, Unset) and not (
            isinstance(is_consent_granted, bool)
        ):
            raise TypeError(
                f"is_consent_granted: expected a boolean, got {type(is_consent_granted).__name__}"
            )

        def _parse_amount_learner_paid(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                amount_learner_paid_type_0 = data
                if not (
                    isinstance(amount_learner_paid_type_0, (int, float))
                    and not isinstance(amount_learner_paid_type_0, bool)
                ):
                    raise TypeError(
                        f"amount_learner_paid_type_0: expected a number, got {type(amount_learner_paid_type_0).__name__}"
                    )

                return amount_learner_paid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | Unset, data)

        amount_learner_paid = _parse_amount_learner_paid(
            d.pop("amount_learner_paid", UNSET)
        )

        def _parse_contract_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_id = _parse_contract_id(d.pop("contract_id", UNSET))

        def _parse_coupon_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_code = _parse_coupon_code(d.pop("coupon_code", UNSET))

        def _parse_coupon_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_name = _parse_coupon_name(d.pop("coupon_name", UNSET))

        course_api_url = d.pop("course_api_url", UNSET)

        course_key = d.pop("course_key", UNSET)

        def _parse_course_list_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                course_list_price_type_0 = data
                if not (
                    isinstance(course_list_price_type_0, (int, float))
                    and not isinstance(course_list_price_type_0, bool)
                ):
                    raise TypeError(
                        f"course_list_price_type_0: expected a number, got {type(course_list_price_type_0).__name__}"
                    )

                return course_list_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | Unset, data)

        course_list_price = _parse_course_list_price(d.pop("course_list_price", UNSET))

        def _parse_course_max_effort(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                course_max_effort_type_0 = data
                if not (
                    isinstance(course_max_effort_type_0, int)
                    and not isinstance(course_max_effort_type_0, bool)
                ):
                    raise TypeError(
                        f"course_max_effort_type_0: expected an integer, got {type(course_max_effort_type_0).__name__}"
                    )

                return course_max_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        course_max_effort = _parse_course_max_effort(d.pop("course_max_effort", UNSET))

        def _parse_course_min_effort(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                course_min_effort_type_0 = data
                if not (
                    isinstance(course_min_effort_type_0, int)
                    and not isinstance(course_min_effort_type_0, bool)
                ):
                    raise TypeError(
                        f"course_min_effort_type_0: expected an integer, got {type(course_min_effort_type_0).__name__}"
                    )

                return course_min_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        course_min_effort = _parse_course_min_effort(d.pop("course_min_effort", UNSET))

        def _parse_course_pacing_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_pacing_type = _parse_course_pacing_type(
            d.pop("course_pacing_type", UNSET)
        )

        def _parse_course_primary_program(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_primary_program = _parse_course_primary_program(
            d.pop("course_primary_program", UNSET)
        )

        def _parse_course_primary_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_primary_subject = _parse_course_primary_subject(
            d.pop("course_primary_subject", UNSET)
        )

        def _parse_course_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_title = _parse_course_title(d.pop("course_title", UNSET))

        courserun_key = d.pop("courserun_key", UNSET)

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_current_grade(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                current_grade_type_0 = data
                if not (
                    isinstance(current_grade_type_0, (int, float))
                    and not isinstance(current_grade_type_0, bool)
                ):
                    raise TypeError(
                        f"current_grade_type_0: expected a number, got {type(current_grade_type_0).__name__}"
                    )

                return current_grade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | Unset, data)

        current_grade = _parse_current_grade(d.pop("current_grade", UNSET))

        _enrollment_date = d.pop("enrollment_date", UNSET)
        enrollment_date: datetime.date | Unset
        if isinstance(_enrollment_date, Unset):
            enrollment_date = UNSET
        else:
            enrollment_date = datetime.date.fromisoformat(_enrollment_date)

        def _parse_enrollment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                enrollment_id_type_0 = data
                if not (
                    isinstance(enrollment_id_type_0, int)
                    and not isinstance(enrollment_id_type_0, bool)
                ):
                    raise TypeError(
                        f"enrollment_id_type_0: expected an integer, got {type(enrollment_id_type_0).__name__}"
                    )

                return enrollment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        enrollment_id = _parse_enrollment_id(d.pop("enrollment_id", UNSET))

        _enterprise_customer_uuid = d.pop("enterprise_customer_uuid", UNSET)
        enterprise_customer_uuid: UUID | Unset
        if isinstance(_enterprise_customer_uuid, Unset):
            enterprise_customer_uuid = UNSET
        else:
            enterprise_customer_uuid = UUID(_enterprise_customer_uuid)

        def _parse_enterprise_enrollment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                enterprise_enrollment_id_type_0 = data
                if not (
                    isinstance(enterprise_enrollment_id_type_0, int)
                    and not isinstance(enterprise_enrollment_id_type_0, bool)
                ):
                    raise TypeError(
                        f"enterprise_enrollment_id_type_0: expected an integer, got {type(enterprise_enrollment_id_type_0).__name__}"
                    )

                return enterprise_enrollment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        enterprise_enrollment_id = _parse_enterprise_enrollment_id(
            d.pop("enterprise_enrollment_id", UNSET)
        )

        enterprise_name = d.pop("enterprise_name", UNSET)

        def _parse_enterprise_sso_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        enterprise_sso_uid = _parse_enterprise_sso_uid(
            d.pop("enterprise_sso_uid", UNSET)
        )

        enterprise_user_id = d.pop("enterprise_user_id", UNSET)
        if not isinstance(enterprise_user_id, Unset) and not (
            isinstance(enterprise_user_id, int)
            and not isinstance(enterprise_user_id, bool)
        ):
            raise TypeError(
                f"enterprise_user_id: expected an integer, got {type(enterprise_user_id).__name__}"
            )

        has_passed = d.pop("has_passed", UNSET)
        if not isinstance(has_passed, Unset) and not (isinstance(has_passed, bool)):
            raise TypeError(
                f"has_passed: expected a boolean, got {type(has_passed).__name__}"
            )

        def _parse_is_refunded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                is_refunded_type_0 = data
                if not (isinstance(is_refunded_type_0, bool)):
                    raise TypeError(
                        f"is_refunded_type_0: expected a boolean, got {type(is_refunded_type_0).__name__}"
                    )

                return is_refunded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None | Unset, data)

        is_refunded = _parse_is_refunded(d.pop("is_refunded", UNSET))

        def _parse_last_activity_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_activity_date_type_0 = datetime.date.fromisoformat(data)

                return last_activity_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        last_activity_date = _parse_last_activity_date(
            d.pop("last_activity_date", UNSET)
        )

        def _parse_letter_grade(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        letter_grade = _parse_letter_grade(d.pop("letter_grade", UNSET))

        def _parse_offer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offer_name = _parse_offer_name(d.pop("offer_name", UNSET))

        def _parse_offer_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offer_type = _parse_offer_type(d.pop("offer_type", UNSET))

        def _parse_paid_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paid_by = _parse_paid_by(d.pop("paid_by", UNSET))

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

        def _parse_seat_delivery_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seat_delivery_method = _parse_seat_delivery_method(
            d.pop("seat_delivery_method", UNSET)
        )

        def _parse_unenrollment_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unenrollment_date_type_0 = datetime.date.fromisoformat(data)

                return unenrollment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        unenrollment_date = _parse_unenrollment_date(d.pop("unenrollment_date", UNSET))

        def _parse_unenrollment_end_within_date(
            data: object,
        ) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unenrollment_end_within_date_type_0 = datetime.date.fromisoformat(data)

                return unenrollment_end_within_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        unenrollment_end_within_date = _parse_unenrollment_end_within_date(
            d.pop("unenrollment_end_within_date", UNSET)
        )

        def _parse_user_account_creation_date(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_account_creation_date_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return user_account_creation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        user_account_creation_date = _parse_user_account_creation_date(
            d.pop("user_account_creation_date", UNSET)
        )

        user_current_enrollment_mode = d.pop("user_current_enrollment_mode", UNSET)

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        def _parse_user_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_username = _parse_user_username(d.pop("user_username", UNSET))

        def _parse_course_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_start_date_type_0 = datetime.date.fromisoformat(data)

                return course_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        course_start_date = _parse_course_start_date(d.pop("course_start_date", UNSET))

        def _parse_course_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_end_date_type_0 = datetime.date.fromisoformat(data)

                return course_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        course_end_date = _parse_course_end_date(d.pop("course_end_date", UNSET))

        def _parse_course_duration_weeks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                course_duration_weeks_type_0 = data
                if not (
                    isinstance(course_duration_weeks_type_0, int)
                    and not isinstance(course_duration_weeks_type_0, bool)
                ):
                    raise TypeError(
                        f"course_duration_weeks_type_0: expected an integer, got {type(course_duration_weeks_type_0).__name__}"
                    )

                return course_duration_weeks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        course_duration_weeks = _parse_course_duration_weeks(
            d.pop("course_duration_weeks", UNSET)
        )

        def _parse_user_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_country_code = _parse_user_country_code(d.pop("user_country_code", UNSET))

        def _parse_progress_status(
            data: object,
        ) -> LearnerSummaryProgressStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                progress_status_type_0 = LearnerSummaryProgressStatus(data)

                return progress_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LearnerSummaryProgressStatus | None | Unset, data)

        progress_status = _parse_progress_status(d.pop("progress_status", UNSET))

        learner_summary_v3 = cls(
            is_consent_granted=is_consent_granted,
            amount_learner_paid=amount_learner_paid,
            contract_id=contract_id,
            coupon_code=coupon_code,
            coupon_name=coupon_name,
            course_api_url=course_api_url,
            course_key=course_key,
            course_list_price=course_list_price,
            course_max_effort=course_max_effort,
            course_min_effort=course_min_effort,
            course_pacing_type=course_pacing_type,
            course_primary_program=course_primary_program,
            course_primary_subject=course_primary_subject,
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
            seat_delivery_method=seat_delivery_method,
            unenrollment_date=unenrollment_date,
            unenrollment_end_within_date=unenrollment_end_within_date,
            user_account_creation_date=user_account_creation_date,
            user_current_enrollment_mode=user_current_enrollment_mode,
            user_email=user_email,
            user_username=user_username,
            course_start_date=course_start_date,
            course_end_date=course_end_date,
            course_duration_weeks=course_duration_weeks,
            user_country_code=user_country_code,
            progress_status=progress_status,
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
