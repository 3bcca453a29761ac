from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.learner_summary_progress_status import LearnerSummaryProgressStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LearnerSummaryV2")


@_attrs_define
class LearnerSummaryV2:
    """One course enrollment of an enterprise learner, as the v2 learner summary reports it.

    Attributes:
        consent_granted (bool | None | Unset): Whether the learner agreed to share their course data with the
            enterprise.
        coupon_code (None | str | Unset): The enrollment code the learner used to enroll; does not apply to
            subscriptions or offers.
        coupon_name (None | str | Unset): The name of the batch of enrollment codes the learner's code came from; does
            not apply to subscriptions or offers.
        course_api_url (str | Unset): The URL of the course in the edX API's course metadata endpoint.
        course_duration_weeks (None | str | Unset): How many weeks the course lasts.
        course_end (datetime.date | None | Unset): The last day learners can submit work or earn credit in the course.
        course_id (str | Unset): The course's identifier.
        course_max_effort (int | None | Unset): The expected maximum effort, in hours per week.
        course_min_effort (int | None | Unset): The expected minimum effort, in hours per week.
        course_pacing_type (None | str | Unset): Whether the course is self-paced or instructor-paced.
        course_price (None | str | Unset): The course's price before any discount.
        course_start (datetime.date | None | Unset): The day course content becomes available; enrollment usually opens
            earlier.
        course_title (None | str | Unset): The course's name.
        current_grade (float | None | Unset): The learner's grade so far; it changes as the learner progresses.
        discount_price (None | str | Unset): The course's price after the discount.
        enrollment_created_timestamp (datetime.datetime | Unset): When the learner enrolled.
        enterprise_id (str | Unset): The enterprise's identifier.
        enterprise_name (str | Unset): The enterprise's name.
        enterprise_site_id (int | None | Unset): The identifier of the enterprise's site.
        enterprise_sso_uid (None | str | Unset): The learner's user ID in the enterprise's authentication system.
        enterprise_user (int | Unset): The learner's user ID.
        id (int | Unset): The enrollment's identifier.
        last_activity_date (datetime.date | None | Unset): The last day the learner was active on edX.
        letter_grade (None | str | Unset): Empty while the learner is in progress; `Pass` once they have passed.
        lms_user_id (int | Unset): The learner's user ID in the edx.org LMS.
        offer (None | str | Unset): The identifier of the offer the learner enrolled with; does not apply to
            subscriptions or codes.
        passed_timestamp (datetime.datetime | None | Unset): When the learner passed the course; null while the learner
            is in progress.
        progress_status (LearnerSummaryProgressStatus | Unset): Where the learner stands in the course.
        unenrollment_end_within_date (bool | None | Unset): Whether the learner unenrolled within 14 days of the course
            start or of enrolling; null when the learner has not unenrolled.
        unenrollment_timestamp (datetime.datetime | None | Unset): When the learner unenrolled from the course.
        user_account_creation_timestamp (datetime.datetime | None | Unset): When the learner's edx.org account was
            created.
        user_country_code (None | str | Unset): The learner's two-letter country code.
        user_current_enrollment_mode (str | Unset): The learner's current enrollment mode in the course.
        user_email (None | str | Unset): The learner's email address.
        user_username (None | str | Unset): The learner's edx.org username.
    """

    consent_granted: bool | None | Unset = UNSET
    coupon_code: None | str | Unset = UNSET
    coupon_name: None | str | Unset = UNSET
    course_api_url: str | Unset = UNSET
    course_duration_weeks: None | str | Unset = UNSET
    course_end: datetime.date | None | Unset = UNSET
    course_id: str | Unset = UNSET
    course_max_effort: int | None | Unset = UNSET
    course_min_effort: int | None | Unset = UNSET
    course_pacing_type: None | str | Unset = UNSET
    course_price: None | str | Unset = UNSET
    course_start: datetime.date | None | Unset = UNSET
    course_title: None | str | Unset = UNSET
    current_grade: float | None | Unset = UNSET
    discount_price: None | str | Unset = UNSET
    enrollment_created_timestamp: datetime.datetime | Unset = UNSET
    enterprise_id: str | Unset = UNSET
    enterprise_name: str | Unset = UNSET
    enterprise_site_id: int | None | Unset = UNSET
    enterprise_sso_uid: None | str | Unset = UNSET
    enterprise_user: int | Unset = UNSET
    id: int | Unset = UNSET
    last_activity_date: datetime.date | None | Unset = UNSET
    letter_grade: None | str | Unset = UNSET
    lms_user_id: int | Unset = UNSET
    offer: None | str | Unset = UNSET
    passed_timestamp: datetime.datetime | None | Unset = UNSET
    progress_status: LearnerSummaryProgressStatus | Unset = UNSET
    unenrollment_end_within_date: bool | None | Unset = UNSET
    unenrollment_timestamp: datetime.datetime | None | Unset = UNSET
    user_account_creation_timestamp: datetime.datetime | None | Unset = UNSET
    user_country_code: None | str | Unset = UNSET
    user_current_enrollment_mode: str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user_username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consent_granted: bool | None | Unset
        if isinstance(self.consent_granted, Unset):
            consent_granted = UNSET
        else:
            consent_granted = self.consent_granted

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

        course_duration_weeks: None | str | Unset
        if isinstance(self.course_duration_weeks, Unset):
            course_duration_weeks = UNSET
        else:
            course_duration_weeks = self.course_duration_weeks

        course_end: None | str | Unset
        if isinstance(self.course_end, Unset):
            course_end = UNSET
        elif isinstance(self.course_end, datetime.date):
            course_end = self.course_end.isoformat()
        else:
            course_end = self.course_end

        course_id = self.course_id

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

        course_price: None | str | Unset
        if isinstance(self.course_price, Unset):
            course_price = UNSET
        else:
            course_price = self.course_price

        course_start: None | str | Unset
        if isinstance(self.course_start, Unset):
            course_start = UNSET
        elif isinstance(self.course_start, datetime.date):
            course_start = self.course_start.isoformat()
        else:
            course_start = self.course_start

        course_title: None | str | Unset
        if isinstance(self.course_title, Unset):
            course_title = UNSET
        else:
            course_title = self.course_title

        current_grade: float | None | Unset
        if isinstance(self.current_grade, Unset):
            current_grade = UNSET
        else:
            current_grade = self.current_grade

        discount_price: None | str | Unset
        if isinstance(self.discount_price, Unset):
            discount_price = UNSET
        else:
            discount_price = self.discount_price

        enrollment_created_timestamp: str | Unset = UNSET
        if not isinstance(self.enrollment_created_timestamp, Unset):
            enrollment_created_timestamp = self.enrollment_created_timestamp.isoformat()

        enterprise_id = self.enterprise_id

        enterprise_name = self.enterprise_name

        enterprise_site_id: int | None | Unset
        if isinstance(self.enterprise_site_id, Unset):
            enterprise_site_id = UNSET
        else:
            enterprise_site_id = self.enterprise_site_id

        enterprise_sso_uid: None | str | Unset
        if isinstance(self.enterprise_sso_uid, Unset):
            enterprise_sso_uid = UNSET
        else:
            enterprise_sso_uid = self.enterprise_sso_uid

        enterprise_user = self.enterprise_user

        id = self.id

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

        lms_user_id = self.lms_user_id

        offer: None | str | Unset
        if isinstance(self.offer, Unset):
            offer = UNSET
        else:
            offer = self.offer

        passed_timestamp: None | str | Unset
        if isinstance(self.passed_timestamp, Unset):
            passed_timestamp = UNSET
        elif isinstance(self.passed_timestamp, datetime.datetime):
            passed_timestamp = self.passed_timestamp.isoformat()
        else:
            passed_timestamp = self.passed_timestamp

        progress_status: str | Unset = UNSET
        if not isinstance(self.progress_status, Unset):
            progress_status = self.progress_status.value

        unenrollment_end_within_date: bool | None | Unset
        if isinstance(self.unenrollment_end_within_date, Unset):
            unenrollment_end_within_date = UNSET
        else:
            unenrollment_end_within_date = self.unenrollment_end_within_date

        unenrollment_timestamp: None | str | Unset
        if isinstance(self.unenrollment_timestamp, Unset):
            unenrollment_timestamp = UNSET
        elif isinstance(self.unenrollment_timestamp, datetime.datetime):
            unenrollment_timestamp = self.unenrollment_timestamp.isoformat()
        else:
            unenrollment_timestamp = self.unenrollment_timestamp

        user_account_creation_timestamp: None | str | Unset
        if isinstance(self.user_account_creation_timestamp, Unset):
            user_account_creation_timestamp = UNSET
        elif isinstance(self.user_account_creation_timestamp, datetime.datetime):
            user_account_creation_timestamp = (
                self.user_account_creation_timestamp.isoformat()
            )
        else:
            user_account_creation_timestamp = self.user_account_creation_timestamp

        user_country_code: None | str | Unset
        if isinstance(self.user_country_code, Unset):
            user_country_code = UNSET
        else:
            user_country_code = self.user_country_code

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consent_granted is not UNSET:
            field_dict["consent_granted"] = consent_granted
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if coupon_name is not UNSET:
            field_dict["coupon_name"] = coupon_name
        if course_api_url is not UNSET:
            field_dict["course_api_url"] = course_api_url
        if course_duration_weeks is not UNSET:
            field_dict["course_duration_weeks"] = course_duration_weeks
        if course_end is not UNSET:
            field_dict["course_end"] = course_end
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if course_max_effort is not UNSET:
            field_dict["course_max_effort"] = course_max_effort
        if course_min_effort is not UNSET:
            field_dict["course_min_effort"] = course_min_effort
        if course_pacing_type is not UNSET:
            field_dict["course_pacing_type"] = course_pacing_type
        if course_price is not UNSET:
            field_dict["course_price"] = course_price
        if course_start is not UNSET:
            field_dict["course_start"] = course_start
        if course_title is not UNSET:
            field_dict["course_title"] = course_title
        if current_grade is not UNSET:
            field_dict["current_grade"] = current_grade
        if discount_price is not UNSET:
            field_dict["discount_price"] = discount_price
        if enrollment_created_timestamp is not UNSET:
            field_dict["enrollment_created_timestamp"] = enrollment_created_timestamp
        if enterprise_id is not UNSET:
            field_dict["enterprise_id"] = enterprise_id
        if enterprise_name is not UNSET:
            field_dict["enterprise_name"] = enterprise_name
        if enterprise_site_id is not UNSET:
            field_dict["enterprise_site_id"] = enterprise_site_id
        if enterprise_sso_uid is not UNSET:
            field_dict["enterprise_sso_uid"] = enterprise_sso_uid
        if enterprise_user is not UNSET:
            field_dict["enterprise_user"] = enterprise_user
        if id is not UNSET:
            field_dict["id"] = id
        if last_activity_date is not UNSET:
            field_dict["last_activity_date"] = last_activity_date
        if letter_grade is not UNSET:
            field_dict["letter_grade"] = letter_grade
        if lms_user_id is not UNSET:
            field_dict["lms_user_id"] = lms_user_id
        if offer is not UNSET:
            field_dict["offer"] = offer
        if passed_timestamp is not UNSET:
            field_dict["passed_timestamp"] = passed_timestamp
        if progress_status is not UNSET:
            field_dict["progress_status"] = progress_status
        if unenrollment_end_within_date is not UNSET:
            field_dict["unenrollment_end_within_date"] = unenrollment_end_within_date
        if unenrollment_timestamp is not UNSET:
            field_dict["unenrollment_timestamp"] = unenrollment_timestamp
        if user_account_creation_timestamp is not UNSET:
            field_dict["user_account_creation_timestamp"] = (
                user_account_creation_timestamp
            )
        if user_country_code is not UNSET:
            field_dict["user_country_code"] = user_country_code
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

        def _parse_consent_granted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                consent_granted_type_0 = data
                if not (isinstance(consent_granted_type_0, bool)):
                    raise TypeError(
                        f"consent_granted_type_0: expected a boolean, got {type(consent_granted_type_0).__name__}"
                    )

                return consent_granted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None | Unset, data)

        consent_granted = _parse_consent_granted(d.pop("consent_granted", UNSET))

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

        def _parse_course_duration_weeks(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_duration_weeks = _parse_course_duration_weeks(
            d.pop("course_duration_weeks", UNSET)
        )

        def _parse_course_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_end_type_0 = datetime.date.fromisoformat(data)

                return course_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        course_end = _parse_course_end(d.pop("course_end", UNSET))

        course_id = d.pop("course_id", UNSET)

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

        def _parse_course_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_price = _parse_course_price(d.pop("course_price", UNSET))

        def _parse_course_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_start_type_0 = datetime.date.fromisoformat(data)

                return course_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        course_start = _parse_course_start(d.pop("course_start", UNSET))

        def _parse_course_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_title = _parse_course_title(d.pop("course_title", UNSET))

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

        def _parse_discount_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discount_price = _parse_discount_price(d.pop("discount_price", UNSET))

        _enrollment_created_timestamp = d.pop("enrollment_created_timestamp", UNSET)
        enrollment_created_timestamp: datetime.datetime | Unset
        if isinstance(_enrollment_created_timestamp, Unset):
            enrollment_created_timestamp = UNSET
        else:
            enrollment_created_timestamp = datetime.datetime.fromisoformat(
                _enrollment_created_timestamp
            )

        enterprise_id = d.pop("enterprise_id", UNSET)

        enterprise_name = d.pop("enterprise_name", UNSET)

        def _parse_enterprise_site_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                enterprise_site_id_type_0 = data
                if not (
                    isinstance(enterprise_site_id_type_0, int)
                    and not isinstance(enterprise_site_id_type_0, bool)
                ):
                    raise TypeError(
                        f"enterprise_site_id_type_0: expected an integer, got {type(enterprise_site_id_type_0).__name__}"
                    )

                return enterprise_site_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        enterprise_site_id = _parse_enterprise_site_id(
            d.pop("enterprise_site_id", UNSET)
        )

        def _parse_enterprise_sso_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        enterprise_sso_uid = _parse_enterprise_sso_uid(
            d.pop("enterprise_sso_uid", UNSET)
        )

        enterprise_user = d.pop("enterprise_user", UNSET)
        if not isinstance(enterprise_user, Unset) and not (
            isinstance(enterprise_user, int) and not isinstance(enterprise_user, bool)
        ):
            raise TypeError(
                f"enterprise_user: expected an integer, got {type(enterprise_user).__name__}"
            )

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (
            isinstance(id, int) and not isinstance(id, bool)
        ):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

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

        lms_user_id = d.pop("lms_user_id", UNSET)
        if not isinstance(lms_user_id, Unset) and not (
            isinstance(lms_user_id, int) and not isinstance(lms_user_id, bool)
        ):
            raise TypeError(
                f"lms_user_id: expected an integer, got {type(lms_user_id).__name__}"
            )

        def _parse_offer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offer = _parse_offer(d.pop("offer", UNSET))

        def _parse_passed_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                passed_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return passed_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        passed_timestamp = _parse_passed_timestamp(d.pop("passed_timestamp", UNSET))

        _progress_status = d.pop("progress_status", UNSET)
        progress_status: LearnerSummaryProgressStatus | Unset
        if isinstance(_progress_status, Unset):
            progress_status = UNSET
        else:
            progress_status = LearnerSummaryProgressStatus(_progress_status)

        def _parse_unenrollment_end_within_date(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                unenrollment_end_within_date_type_0 = data
                if not (isinstance(unenrollment_end_within_date_type_0, bool)):
                    raise TypeError(
                        f"unenrollment_end_within_date_type_0: expected a boolean, got {type(unenrollment_end_within_date_type_0).__name__}"
                    )

                return unenrollment_end_within_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None | Unset, data)

        unenrollment_end_within_date = _parse_unenrollment_end_within_date(
            d.pop("unenrollment_end_within_date", UNSET)
        )

        def _parse_unenrollment_timestamp(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unenrollment_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return unenrollment_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        unenrollment_timestamp = _parse_unenrollment_timestamp(
            d.pop("unenrollment_timestamp", UNSET)
        )

        def _parse_user_account_creation_timestamp(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_account_creation_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return user_account_creation_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        user_account_creation_timestamp = _parse_user_account_creation_timestamp(
            d.pop("user_account_creation_timestamp", UNSET)
        )

        def _parse_user_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_country_code = _parse_user_country_code(d.pop("user_country_code", UNSET))

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

        learner_summary_v2 = cls(
            consent_granted=consent_granted,
            coupon_code=coupon_code,
            coupon_name=coupon_name,
            course_api_url=course_api_url,
            course_duration_weeks=course_duration_weeks,
            course_end=course_end,
            course_id=course_id,
            course_max_effort=course_max_effort,
            course_min_effort=course_min_effort,
            course_pacing_type=course_pacing_type,
            course_price=course_price,
            course_start=course_start,
            course_title=course_title,
            current_grade=current_grade,
            discount_price=discount_price,
            enrollment_created_timestamp=enrollment_created_timestamp,
            enterprise_id=enterprise_id,
            enterprise_name=enterprise_name,
            enterprise_site_id=enterprise_site_id,
            enterprise_sso_uid=enterprise_sso_uid,
            enterprise_user=enterprise_user,
            id=id,
            last_activity_date=last_activity_date,
            letter_grade=letter_grade,
            lms_user_id=lms_user_id,
            offer=offer,
            passed_timestamp=passed_timestamp,
            progress_status=progress_status,
            unenrollment_end_within_date=unenrollment_end_within_date,
            unenrollment_timestamp=unenrollment_timestamp,
            user_account_creation_timestamp=user_account_creation_timestamp,
            user_country_code=user_country_code,
            user_current_enrollment_mode=user_current_enrollment_mode,
            user_email=user_email,
            user_username=user_username,
        )

        learner_summary_v2.additional_properties = d
        return learner_summary_v2

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
