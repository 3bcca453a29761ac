from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.course_run_availability import CourseRunAvailability
from ..models.course_run_content_type import CourseRunContentType
from ..models.course_run_pacing_type import CourseRunPacingType
from ..models.course_run_program_types_item import CourseRunProgramTypesItem
from ..models.course_run_seat_types_item import CourseRunSeatTypesItem
from ..models.course_run_type_type_0 import CourseRunTypeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_image import CatalogImage
    from ..models.catalog_person import CatalogPerson
    from ..models.catalog_related_program import CatalogRelatedProgram
    from ..models.catalog_seat import CatalogSeat
    from ..models.catalog_video import CatalogVideo
    from ..models.course_run_expected_program_type import CourseRunExpectedProgramType


T = TypeVar("T", bound="CourseRun")


@_attrs_define
class CourseRun:
    """A course run content item of an enterprise catalog: one scheduled offering of a course. Course objects embed their
    runs in `course_runs`.

        Attributes:
            key (str): The course run key, for example `course-v1:RITx+PM9003x`.
            title (str): The title of the course run, for example "Introduction to Plasma Physics".
            short_description (str): A short description of the run and what it covers.
            marketing_url (None | str): The URL of the course About page.
            start (None | str): When the run starts, as an ISO 8601 date and time; the UTC offset may be missing.
            end (datetime.datetime | None): When the run ends.
            enrollment_start (None | str): When enrollment in the run opens, as an ISO 8601 date and time (the UTC offset
                may be missing); learners cannot enroll earlier. Null when enrollment has no start.
            enrollment_end (datetime.datetime | None): When enrollment in the run closes; learners cannot enroll later.
            weeks_to_complete (int | None): How many weeks the run takes to complete.
            pacing_type (CourseRunPacingType): Whether learners set their own pace (`self_paced`) or follow the instructor's
                schedule (`instructor_paced`).
            availability (CourseRunAvailability): Whether the run is running now or starts later.
            full_description (str): The complete description of the course and what it covers.
            transcript_languages (list[str]): The languages in which video transcripts exist.
            min_effort (int | None): The lowest estimate of the weekly effort, in hours.
            max_effort (int | None): The highest estimate of the weekly effort, in hours.
            level_type (None | str): How difficult the course is, as a level display name such as `Introductory`,
                `Intermediate` or `Advanced`. (Both docs list `high_school`, `introductory`, `intermediate`, `advanced`, which
                no example uses.)
            mobile_available (bool): Whether the run can be taken on mobile devices.
            enrollment_url (str): The URL of the page where a learner of the enterprise enrolls in the run.
            type_ (CourseRunTypeType0 | None): The enrollment type of the run; null when it has none.
            content_last_modified (datetime.datetime | Unset): When the item, its catalog or the catalog's customer last
                changed, whichever is latest (the enrollment URL depends on all three).
            parent_content_key (None | str | Unset): The key of the item this one belongs to (a course run's course), or
                null.
            xapi_activity_id (str | Unset): The xAPI activity identifier of the item for this catalog.
            uuid (UUID | Unset): The UUID of the course run.
            external_key (None | str | Unset): A key that identifies the run outside the edX platform.
            image (CatalogImage | Unset): An image record (an About page image).
            seats (list[CatalogSeat] | Unset): The seats a learner can enroll in for this run.
            go_live_date (datetime.datetime | None | Unset): When the run goes live.
            status (str | Unset): The publication status of the run, for example `published`.
            is_enrollable (bool | Unset): Whether learners can enroll in the run now.
            is_marketable (bool | Unset): Whether the run is marked as marketable.
            variant_id (None | Unset | UUID): The UUID of the product variant of the run.
            course (str | Unset): The key of the course this run belongs to, for example `HarvardX+FIH`.
            announcement (datetime.datetime | None | Unset): When the latest announcement of the run was published.
            content_language (None | str | Unset): The language code of the run's content, for example `en-us`.
            license_ (str | Unset): The license of the run's content.
            outcome (str | Unset): What a learner takes away from the course, in HTML.
            instructors (list[CatalogPerson] | Unset): The instructors of the run.
            staff (list[CatalogPerson] | Unset): The staff of the run.
            modified (datetime.datetime | Unset): When the run's content last changed.
            hidden (bool | Unset): Whether authors or administrators have hidden the run.
            reporting_type (str | Unset): The reporting type of the run, for example `mooc`.
            eligible_for_financial_aid (bool | Unset): Whether a learner can get financial aid for the run.
            first_enrollable_paid_seat_price (int | None | Unset): The price of the first paid seat a learner can enroll in.
            has_ofac_restrictions (bool | Unset): Whether OFAC sanctions limit where the run may be sold.
            ofac_comment (str | Unset): Notes about the run's OFAC restrictions.
            enrollment_count (int | Unset): How many learners have ever enrolled in the run.
            recent_enrollment_count (int | Unset): How many learners enrolled in the run during the last six months.
            expected_program_name (str | Unset): The name of the program the run is expected to belong to.
            course_uuid (UUID | Unset): The UUID of the course this run belongs to.
            estimated_hours (float | Unset): The estimated total hours needed to complete the course.
            content_language_search_facet_name (str | Unset): The name of the run's language as search facets index it, for
                example `English`.
            enterprise_subscription_inclusion (bool | Unset): Whether the run belongs to the enterprise subscription
                catalog.
            programs (list[CatalogRelatedProgram] | Unset): The programs the run belongs to.
            video (CatalogVideo | None | Unset): The video shown on the course About page. Null when there is none.
            expected_program_type (CourseRunExpectedProgramType | None | Unset): The program type the run is expected to
                belong to. Null when there is none.
            run_type (UUID | Unset): The UUID of the course run type record.
            aggregation_key (str | Unset): The key that groups search results: `courserun:` followed by the course key.
            authoring_organization_uuids (list[UUID] | Unset): The UUIDs of the organizations that produced the run.
            content_type (CourseRunContentType | Unset): The kind of content item; `courserun` for a course run.
            has_enrollable_seats (bool | Unset): Whether the run has seats learners can enroll in.
            image_url (str | Unset): The URL of the course About page image.
            language (str | Unset): The name of the language of the run, for example `English`.
            logo_image_urls (list[str] | Unset): The URLs of the logos of the organizations behind the run.
            number (str | Unset): The course number, for example `DemoX`.
            org (str | Unset): The organization that offers the course, for example `edX`.
            partner (str | Unset): The partner that offers the course, for example `edx`.
            program_types (list[CourseRunProgramTypesItem] | Unset): The types of the programs the run belongs to.
            published (bool | Unset): Whether the run is published.
            staff_uuids (list[UUID] | Unset): The UUIDs of the staff of the run.
            subject_uuids (list[UUID] | Unset): The UUIDs of the subjects of the run.
            seat_types (list[CourseRunSeatTypesItem] | Unset): The enrollment types available in the run.
    """

    key: str
    title: str
    short_description: str
    marketing_url: None | str
    start: None | str
    end: datetime.datetime | None
    enrollment_start: None | str
    enrollment_end: datetime.datetime | None
    weeks_to_complete: int | None
    pacing_type: CourseRunPacingType
    availability: CourseRunAvailability
    full_description: str
    transcript_languages: list[str]
    min_effort: int | None
    max_effort: int | None
    level_type: None | str
    mobile_available: bool
    enrollment_url: str
    type_: CourseRunTypeType0 | None
    content_last_modified: datetime.datetime | Unset = UNSET
    parent_content_key: None | str | Unset = UNSET
    xapi_activity_id: str | Unset = UNSET
    uuid: UUID | Unset = UNSET
    external_key: None | str | Unset = UNSET
    image: CatalogImage | Unset = UNSET
    seats: list[CatalogSeat] | Unset = UNSET
    go_live_date: datetime.datetime | None | Unset = UNSET
    status: str | Unset = UNSET
    is_enrollable: bool | Unset = UNSET
    is_marketable: bool | Unset = UNSET
    variant_id: None | Unset | UUID = UNSET
    course: str | Unset = UNSET
    announcement: datetime.datetime | None | Unset = UNSET
    content_language: None | str | Unset = UNSET
    license_: str | Unset = UNSET
    outcome: str | Unset = UNSET
    instructors: list[CatalogPerson] | Unset = UNSET
    staff: list[CatalogPerson] | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    hidden: bool | Unset = UNSET
    reporting_type: str | Unset = UNSET
    eligible_for_financial_aid: bool | Unset = UNSET
    first_enrollable_paid_seat_price: int | None | Unset = UNSET
    has_ofac_restrictions: bool | Unset = UNSET
    ofac_comment: str | Unset = UNSET
    enrollment_count: int | Unset = UNSET
    recent_enrollment_count: int | Unset = UNSET
    expected_program_name: str | Unset = UNSET
    course_uuid: UUID | Unset = UNSET
    estimated_hours: float | Unset = UNSET
    content_language_search_facet_name: str | Unset = UNSET
    enterprise_subscription_inclusion: bool | Unset = UNSET
    programs: list[CatalogRelatedProgram] | Unset = UNSET
    video: CatalogVideo | None | Unset = UNSET
    expected_program_type: CourseRunExpectedProgramType | None | Unset = UNSET
    run_type: UUID | Unset = UNSET
    aggregation_key: str | Unset = UNSET
    authoring_organization_uuids: list[UUID] | Unset = UNSET
    content_type: CourseRunContentType | Unset = UNSET
    has_enrollable_seats: bool | Unset = UNSET
    image_url: str | Unset = UNSET
    language: str | Unset = UNSET
    logo_image_urls: list[str] | Unset = UNSET
    number: str | Unset = UNSET
    org: str | Unset = UNSET
    partner: str | Unset = UNSET
    program_types: list[CourseRunProgramTypesItem] | Unset = UNSET
    published: bool | Unset = UNSET
    staff_uuids: list[UUID] | Unset = UNSET
    subject_uuids: list[UUID] | Unset = UNSET
    seat_types: list[CourseRunSeatTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog_video import CatalogVideo
        from ..models.course_run_expected_program_type import (
            CourseRunExpectedProgramType,
        )

        key = self.key

        title = self.title

        short_description = self.short_description

        marketing_url: None | str
        marketing_url = self.marketing_url

        start: None | str
        start = self.start

        end: None | str
        if isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        enrollment_start: None | str
        enrollment_start = self.enrollment_start

        enrollment_end: None | str
        if isinstance(self.enrollment_end, datetime.datetime):
            enrollment_end = self.enrollment_end.isoformat()
        else:
            enrollment_end = self.enrollment_end

        weeks_to_complete: int | None
        weeks_to_complete = self.weeks_to_complete

        pacing_type = self.pacing_type.value

        availability = self.availability.value

        full_description = self.full_description

        transcript_languages = self.transcript_languages

        min_effort: int | None
        min_effort = self.min_effort

        max_effort: int | None
        max_effort = self.max_effort

        level_type: None | str
        level_type = self.level_type

        mobile_available = self.mobile_available

        enrollment_url = self.enrollment_url

        type_: None | str
        if isinstance(self.type_, CourseRunTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        content_last_modified: str | Unset = UNSET
        if not isinstance(self.content_last_modified, Unset):
            content_last_modified = self.content_last_modified.isoformat()

        parent_content_key: None | str | Unset
        if isinstance(self.parent_content_key, Unset):
            parent_content_key = UNSET
        else:
            parent_content_key = self.parent_content_key

        xapi_activity_id = self.xapi_activity_id

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        external_key: None | str | Unset
        if isinstance(self.external_key, Unset):
            external_key = UNSET
        else:
            external_key = self.external_key

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        seats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.seats, Unset):
            seats = []
            for seats_item_data in self.seats:
                seats_item = seats_item_data.to_dict()
                seats.append(seats_item)

        go_live_date: None | str | Unset
        if isinstance(self.go_live_date, Unset):
            go_live_date = UNSET
        elif isinstance(self.go_live_date, datetime.datetime):
            go_live_date = self.go_live_date.isoformat()
        else:
            go_live_date = self.go_live_date

        status = self.status

        is_enrollable = self.is_enrollable

        is_marketable = self.is_marketable

        variant_id: None | str | Unset
        if isinstance(self.variant_id, Unset):
            variant_id = UNSET
        elif isinstance(self.variant_id, UUID):
            variant_id = str(self.variant_id)
        else:
            variant_id = self.variant_id

        course = self.course

        announcement: None | str | Unset
        if isinstance(self.announcement, Unset):
            announcement = UNSET
        elif isinstance(self.announcement, datetime.datetime):
            announcement = self.announcement.isoformat()
        else:
            announcement = self.announcement

        content_language: None | str | Unset
        if isinstance(self.content_language, Unset):
            content_language = UNSET
        else:
            content_language = self.content_language

        license_ = self.license_

        outcome = self.outcome

        instructors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instructors, Unset):
            instructors = []
            for instructors_item_data in self.instructors:
                instructors_item = instructors_item_data.to_dict()
                instructors.append(instructors_item)

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        hidden = self.hidden

        reporting_type = self.reporting_type

        eligible_for_financial_aid = self.eligible_for_financial_aid

        first_enrollable_paid_seat_price: int | None | Unset
        if isinstance(self.first_enrollable_paid_seat_price, Unset):
            first_enrollable_paid_seat_price = UNSET
        else:
            first_enrollable_paid_seat_price = self.first_enrollable_paid_seat_price

        has_ofac_restrictions = self.has_ofac_restrictions

        ofac_comment = self.ofac_comment

        enrollment_count = self.enrollment_count

        recent_enrollment_count = self.recent_enrollment_count

        expected_program_name = self.expected_program_name

        course_uuid: str | Unset = UNSET
        if not isinstance(self.course_uuid, Unset):
            course_uuid = str(self.course_uuid)

        estimated_hours = self.estimated_hours

        content_language_search_facet_name = self.content_language_search_facet_name

        enterprise_subscription_inclusion = self.enterprise_subscription_inclusion

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = []
            for programs_item_data in self.programs:
                programs_item = programs_item_data.to_dict()
                programs.append(programs_item)

        video: dict[str, Any] | None | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, CatalogVideo):
            video = self.video.to_dict()
        else:
            video = self.video

        expected_program_type: dict[str, Any] | None | Unset
        if isinstance(self.expected_program_type, Unset):
            expected_program_type = UNSET
        elif isinstance(self.expected_program_type, CourseRunExpectedProgramType):
            expected_program_type = self.expected_program_type.to_dict()
        else:
            expected_program_type = self.expected_program_type

        run_type: str | Unset = UNSET
        if not isinstance(self.run_type, Unset):
            run_type = str(self.run_type)

        aggregation_key = self.aggregation_key

        authoring_organization_uuids: list[str] | Unset = UNSET
        if not isinstance(self.authoring_organization_uuids, Unset):
            authoring_organization_uuids = []
            for (
                authoring_organization_uuids_item_data
            ) in self.authoring_organization_uuids:
                authoring_organization_uuids_item = str(
                    authoring_organization_uuids_item_data
                )
                authoring_organization_uuids.append(authoring_organization_uuids_item)

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        has_enrollable_seats = self.has_enrollable_seats

        image_url = self.image_url

        language = self.language

        logo_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.logo_image_urls, Unset):
            logo_image_urls = self.logo_image_urls

        number = self.number

        org = self.org

        partner = self.partner

        program_types: list[str] | Unset = UNSET
        if not isinstance(self.program_types, Unset):
            program_types = []
            for program_types_item_data in self.program_types:
                program_types_item = program_types_item_data.value
                program_types.append(program_types_item)

        published = self.published

        staff_uuids: list[str] | Unset = UNSET
        if not isinstance(self.staff_uuids, Unset):
            staff_uuids = []
            for staff_uuids_item_data in self.staff_uuids:
                staff_uuids_item = str(staff_uuids_item_data)
                staff_uuids.append(staff_uuids_item)

        subject_uuids: list[str] | Unset = UNSET
        if not isinstance(self.subject_uuids, Unset):
            subject_uuids = []
            for subject_uuids_item_data in self.subject_uuids:
                subject_uuids_item = str(subject_uuids_item_data)
                subject_uuids.append(subject_uuids_item)

        seat_types: list[str] | Unset = UNSET
        if not isinstance(self.seat_types, Unset):
            seat_types = []
            for seat_types_item_data in self.seat_types:
                seat_types_item = seat_types_item_data.value
                seat_types.append(seat_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
                "short_description": short_description,
                "marketing_url": marketing_url,
                "start": start,
                "end": end,
                "enrollment_start": enrollment_start,
                "enrollment_end": enrollment_end,
                "weeks_to_complete": weeks_to_complete,
                "pacing_type": pacing_type,
                "availability": availability,
                "full_description": full_description,
                "transcript_languages": transcript_languages,
                "min_effort": min_effort,
                "max_effort": max_effort,
                "level_type": level_type,
                "mobile_available": mobile_available,
                "enrollment_url": enrollment_url,
                "type": type_,
            }
        )
        if content_last_modified is not UNSET:
            field_dict["content_last_modified"] = content_last_modified
        if parent_content_key is not UNSET:
            field_dict["parent_content_key"] = parent_content_key
        if xapi_activity_id is not UNSET:
            field_dict["xapi_activity_id"] = xapi_activity_id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if external_key is not UNSET:
            field_dict["external_key"] = external_key
        if image is not UNSET:
            field_dict["image"] = image
        if seats is not UNSET:
            field_dict["seats"] = seats
        if go_live_date is not UNSET:
            field_dict["go_live_date"] = go_live_date
        if status is not UNSET:
            field_dict["status"] = status
        if is_enrollable is not UNSET:
            field_dict["is_enrollable"] = is_enrollable
        if is_marketable is not UNSET:
            field_dict["is_marketable"] = is_marketable
        if variant_id is not UNSET:
            field_dict["variant_id"] = variant_id
        if course is not UNSET:
            field_dict["course"] = course
        if announcement is not UNSET:
            field_dict["announcement"] = announcement
        if content_language is not UNSET:
            field_dict["content_language"] = content_language
        if license_ is not UNSET:
            field_dict["license"] = license_
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if instructors is not UNSET:
            field_dict["instructors"] = instructors
        if staff is not UNSET:
            field_dict["staff"] = staff
        if modified is not UNSET:
            field_dict["modified"] = modified
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if reporting_type is not UNSET:
            field_dict["reporting_type"] = reporting_type
        if eligible_for_financial_aid is not UNSET:
            field_dict["eligible_for_financial_aid"] = eligible_for_financial_aid
        if first_enrollable_paid_seat_price is not UNSET:
            field_dict["first_enrollable_paid_seat_price"] = (
                first_enrollable_paid_seat_price
            )
        if has_ofac_restrictions is not UNSET:
            field_dict["has_ofac_restrictions"] = has_ofac_restrictions
        if ofac_comment is not UNSET:
            field_dict["ofac_comment"] = ofac_comment
        if enrollment_count is not UNSET:
            field_dict["enrollment_count"] = enrollment_count
        if recent_enrollment_count is not UNSET:
            field_dict["recent_enrollment_count"] = recent_enrollment_count
        if expected_program_name is not UNSET:
            field_dict["expected_program_name"] = expected_program_name
        if course_uuid is not UNSET:
            field_dict["course_uuid"] = course_uuid
        if estimated_hours is not UNSET:
            field_dict["estimated_hours"] = estimated_hours
        if content_language_search_facet_name is not UNSET:
            field_dict["content_language_search_facet_name"] = (
                content_language_search_facet_name
            )
        if enterprise_subscription_inclusion is not UNSET:
            field_dict["enterprise_subscription_inclusion"] = (
                enterprise_subscription_inclusion
            )
        if programs is not UNSET:
            field_dict["programs"] = programs
        if video is not UNSET:
            field_dict["video"] = video
        if expected_program_type is not UNSET:
            field_dict["expected_program_type"] = expected_program_type
        if run_type is not UNSET:
            field_dict["run_type"] = run_type
        if aggregation_key is not UNSET:
            field_dict["aggregation_key"] = aggregation_key
        if authoring_organization_uuids is not UNSET:
            field_dict["authoring_organization_uuids"] = authoring_organization_uuids
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if has_enrollable_seats is not UNSET:
            field_dict["has_enrollable_seats"] = has_enrollable_seats
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if language is not UNSET:
            field_dict["language"] = language
        if logo_image_urls is not UNSET:
            field_dict["logo_image_urls"] = logo_image_urls
        if number is not UNSET:
            field_dict["number"] = number
        if org is not UNSET:
            field_dict["org"] = org
        if partner is not UNSET:
            field_dict["partner"] = partner
        if program_types is not UNSET:
            field_dict["program_types"] = program_types
        if published is not UNSET:
            field_dict["published"] = published
        if staff_uuids is not UNSET:
            field_dict["staff_uuids"] = staff_uuids
        if subject_uuids is not UNSET:
            field_dict["subject_uuids"] = subject_uuids
        if seat_types is not UNSET:
            field_dict["seat_types"] = seat_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_image import CatalogImage
        from ..models.catalog_person import CatalogPerson
        from ..models.catalog_related_program import CatalogRelatedProgram
        from ..models.catalog_seat import CatalogSeat
        from ..models.catalog_video import CatalogVideo
        from ..models.course_run_expected_program_type import (
            CourseRunExpectedProgramType,
        )

        d = dict(src_dict)
        key = d.pop("key")

        title = d.pop("title")

        short_description = d.pop("short_description")

        def _parse_marketing_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        marketing_url = _parse_marketing_url(d.pop("marketing_url"))

        def _parse_start(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start = _parse_start(d.pop("start"))

        def _parse_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end = _parse_end(d.pop("end"))

        def _parse_enrollment_start(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        enrollment_start = _parse_enrollment_start(d.pop("enrollment_start"))

        def _parse_enrollment_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_end_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        enrollment_end = _parse_enrollment_end(d.pop("enrollment_end"))

        def _parse_weeks_to_complete(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                weeks_to_complete_type_0 = data
                if not (
                    isinstance(weeks_to_complete_type_0, int)
                    and not isinstance(weeks_to_complete_type_0, bool)
                ):
                    raise TypeError(
                        f"weeks_to_complete_type_0: expected an integer, got {type(weeks_to_complete_type_0).__name__}"
                    )

                return weeks_to_complete_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        weeks_to_complete = _parse_weeks_to_complete(d.pop("weeks_to_complete"))

        pacing_type = CourseRunPacingType(d.pop("pacing_type"))

        availability = CourseRunAvailability(d.pop("availability"))

        full_description = d.pop("full_description")

        transcript_languages = cast(list[str], d.pop("transcript_languages"))

        def _parse_min_effort(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                min_effort_type_0 = data
                if not (
                    isinstance(min_effort_type_0, int)
                    and not isinstance(min_effort_type_0, bool)
                ):
                    raise TypeError(
                        f"min_effort_type_0: expected an integer, got {type(min_effort_type_0).__name__}"
                    )

                return min_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        min_effort = _parse_min_effort(d.pop("min_effort"))

        def _parse_max_effort(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                max_effort_type_0 = data
                if not (
                    isinstance(max_effort_type_0, int)
                    and not isinstance(max_effort_type_0, bool)
                ):
                    raise TypeError(
                        f"max_effort_type_0: expected an integer, got {type(max_effort_type_0).__name__}"
                    )

                return max_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        max_effort = _parse_max_effort(d.pop("max_effort"))

        def _parse_level_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        level_type = _parse_level_type(d.pop("level_type"))

        mobile_available = d.pop("mobile_available")
        if not (isinstance(mobile_available, bool)):
            raise TypeError(
                f"mobile_available: expected a boolean, got {type(mobile_available).__name__}"
            )

        enrollment_url = d.pop("enrollment_url")

        def _parse_type_(data: object) -> CourseRunTypeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = CourseRunTypeType0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseRunTypeType0 | None, data)

        type_ = _parse_type_(d.pop("type"))

        _content_last_modified = d.pop("content_last_modified", UNSET)
        content_last_modified: datetime.datetime | Unset
        if isinstance(_content_last_modified, Unset):
            content_last_modified = UNSET
        else:
            content_last_modified = datetime.datetime.fromisoformat(
                _content_last_modified
            )

        def _parse_parent_content_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_content_key = _parse_parent_content_key(
            d.pop("parent_content_key", UNSET)
        )

        xapi_activity_id = d.pop("xapi_activity_id", UNSET)

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        def _parse_external_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_key = _parse_external_key(d.pop("external_key", UNSET))

        _image = d.pop("image", UNSET)
        image: CatalogImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = CatalogImage.from_dict(_image)

        _seats = d.pop("seats", UNSET)
        seats: list[CatalogSeat] | Unset = UNSET
        if _seats is not UNSET:
            seats = []
            for seats_item_data in _seats:
                seats_item = CatalogSeat.from_dict(seats_item_data)

                seats.append(seats_item)

        def _parse_go_live_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                go_live_date_type_0 = datetime.datetime.fromisoformat(data)

                return go_live_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        go_live_date = _parse_go_live_date(d.pop("go_live_date", UNSET))

        status = d.pop("status", UNSET)

        is_enrollable = d.pop("is_enrollable", UNSET)
        if not isinstance(is_enrollable, Unset) and not (
            isinstance(is_enrollable, bool)
        ):
            raise TypeError(
                f"is_enrollable: expected a boolean, got {type(is_enrollable).__name__}"
            )

        is_marketable = d.pop("is_marketable", UNSET)
        if not isinstance(is_marketable, Unset) and not (
            isinstance(is_marketable, bool)
        ):
            raise TypeError(
                f"is_marketable: expected a boolean, got {type(is_marketable).__name__}"
            )

        def _parse_variant_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_id_type_0 = UUID(data)

                return variant_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        variant_id = _parse_variant_id(d.pop("variant_id", UNSET))

        course = d.pop("course", UNSET)

        def _parse_announcement(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                announcement_type_0 = datetime.datetime.fromisoformat(data)

                return announcement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        announcement = _parse_announcement(d.pop("announcement", UNSET))

        def _parse_content_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_language = _parse_content_language(d.pop("content_language", UNSET))

        license_ = d.pop("license", UNSET)

        outcome = d.pop("outcome", UNSET)

        _instructors = d.pop("instructors", UNSET)
        instructors: list[CatalogPerson] | Unset = UNSET
        if _instructors is not UNSET:
            instructors = []
            for instructors_item_data in _instructors:
                instructors_item = CatalogPerson.from_dict(instructors_item_data)

                instructors.append(instructors_item)

        _staff = d.pop("staff", UNSET)
        staff: list[CatalogPerson] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = CatalogPerson.from_dict(staff_item_data)

                staff.append(staff_item)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        hidden = d.pop("hidden", UNSET)
        if not isinstance(hidden, Unset) and not (isinstance(hidden, bool)):
            raise TypeError(f"hidden: expected a boolean, got {type(hidden).__name__}")

        reporting_type = d.pop("reporting_type", UNSET)

        eligible_for_financial_aid = d.pop("eligible_for_financial_aid", UNSET)
        if not isinstance(eligible_for_financial_aid, Unset) and not (
            isinstance(eligible_for_financial_aid, bool)
        ):
            raise TypeError(
                f"eligible_for_financial_aid: expected a boolean, got {type(eligible_for_financial_aid).__name__}"
            )

        def _parse_first_enrollable_paid_seat_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                first_enrollable_paid_seat_price_type_0 = data
                if not (
                    isinstance(first_enrollable_paid_seat_price_type_0, int)
                    and not isinstance(first_enrollable_paid_seat_price_type_0, bool)
                ):
                    raise TypeError(
                        f"first_enrollable_paid_seat_price_type_0: expected an integer, got {type(first_enrollable_paid_seat_price_type_0).__name__}"
                    )

                return first_enrollable_paid_seat_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        first_enrollable_paid_seat_price = _parse_first_enrollable_paid_seat_price(
            d.pop("first_enrollable_paid_seat_price", UNSET)
        )

        has_ofac_restrictions = d.pop("has_ofac_restrictions", UNSET)
        if not isinstance(has_ofac_restrictions, Unset) and not (
            isinstance(has_ofac_restrictions, bool)
        ):
            raise TypeError(
                f"has_ofac_restrictions: expected a boolean, got {type(has_ofac_restrictions).__name__}"
            )

        ofac_comment = d.pop("ofac_comment", UNSET)

        enrollment_count = d.pop("enrollment_count", UNSET)
        if not isinstance(enrollment_count, Unset) and not (
            isinstance(enrollment_count, int) and not isinstance(enrollment_count, bool)
        ):
            raise TypeError(
                f"enrollment_count: expected an integer, got {type(enrollment_count).__name__}"
            )

        recent_enrollment_count = d.pop("recent_enrollment_count", UNSET)
        if not isinstance(recent_enrollment_count, Unset) and not (
            isinstance(recent_enrollment_count, int)
            and not isinstance(recent_enrollment_count, bool)
        ):
            raise TypeError(
                f"recent_enrollment_count: expected an integer, got {type(recent_enrollment_count).__name__}"
            )

        expected_program_name = d.pop("expected_program_name", UNSET)

        _course_uuid = d.pop("course_uuid", UNSET)
        course_uuid: UUID | Unset
        if isinstance(_course_uuid, Unset):
            course_uuid = UNSET
        else:
            course_uuid = UUID(_course_uuid)

        estimated_hours = d.pop("estimated_hours", UNSET)
        if not isinstance(estimated_hours, Unset) and not (
            isinstance(estimated_hours, (int, float))
            and not isinstance(estimated_hours, bool)
        ):
            raise TypeError(
                f"estimated_hours: expected a number, got {type(estimated_hours).__name__}"
            )

        content_language_search_facet_name = d.pop(
            "content_language_search_facet_name", UNSET
        )

        enterprise_subscription_inclusion = d.pop(
            "enterprise_subscription_inclusion", UNSET
        )
        if not isinstance(enterprise_subscription_inclusion, Unset) and not (
            isinstance(enterprise_subscription_inclusion, bool)
        ):
            raise TypeError(
                f"enterprise_subscription_inclusion: expected a boolean, got {type(enterprise_subscription_inclusion).__name__}"
            )

        _programs = d.pop("programs", UNSET)
        programs: list[CatalogRelatedProgram] | Unset = UNSET
        if _programs is not UNSET:
            programs = []
            for programs_item_data in _programs:
                programs_item = CatalogRelatedProgram.from_dict(programs_item_data)

                programs.append(programs_item)

        def _parse_video(data: object) -> CatalogVideo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = CatalogVideo.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogVideo | None | Unset, data)

        video = _parse_video(d.pop("video", UNSET))

        def _parse_expected_program_type(
            data: object,
        ) -> CourseRunExpectedProgramType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expected_program_type_type_0 = CourseRunExpectedProgramType.from_dict(
                    data
                )

                return expected_program_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseRunExpectedProgramType | None | Unset, data)

        expected_program_type = _parse_expected_program_type(
            d.pop("expected_program_type", UNSET)
        )

        _run_type = d.pop("run_type", UNSET)
        run_type: UUID | Unset
        if isinstance(_run_type, Unset):
            run_type = UNSET
        else:
            run_type = UUID(_run_type)

        aggregation_key = d.pop("aggregation_key", UNSET)

        _authoring_organization_uuids = d.pop("authoring_organization_uuids", UNSET)
        authoring_organization_uuids: list[UUID] | Unset = UNSET
        if _authoring_organization_uuids is not UNSET:
            authoring_organization_uuids = []
            for authoring_organization_uuids_item_data in _authoring_organization_uuids:
                authoring_organization_uuids_item = UUID(
                    authoring_organization_uuids_item_data
                )

                authoring_organization_uuids.append(authoring_organization_uuids_item)

        _content_type = d.pop("content_type", UNSET)
        content_type: CourseRunContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = CourseRunContentType(_content_type)

        has_enrollable_seats = d.pop("has_enrollable_seats", UNSET)
        if not isinstance(has_enrollable_seats, Unset) and not (
            isinstance(has_enrollable_seats, bool)
        ):
            raise TypeError(
                f"has_enrollable_seats: expected a boolean, got {type(has_enrollable_seats).__name__}"
            )

        image_url = d.pop("image_url", UNSET)

        language = d.pop("language", UNSET)

        logo_image_urls = cast(list[str], d.pop("logo_image_urls", UNSET))

        number = d.pop("number", UNSET)

        org = d.pop("org", UNSET)

        partner = d.pop("partner", UNSET)

        _program_types = d.pop("program_types", UNSET)
        program_types: list[CourseRunProgramTypesItem] | Unset = UNSET
        if _program_types is not UNSET:
            program_types = []
            for program_types_item_data in _program_types:
                program_types_item = CourseRunProgramTypesItem(program_types_item_data)

                program_types.append(program_types_item)

        published = d.pop("published", UNSET)
        if not isinstance(published, Unset) and not (isinstance(published, bool)):
            raise TypeError(
                f"published: expected a boolean, got {type(published).__name__}"
            )

        _staff_uuids = d.pop("staff_uuids", UNSET)
        staff_uuids: list[UUID] | Unset = UNSET
        if _staff_uuids is not UNSET:
            staff_uuids = []
            for staff_uuids_item_data in _staff_uuids:
                staff_uuids_item = UUID(staff_uuids_item_data)

                staff_uuids.append(staff_uuids_item)

        _subject_uuids = d.pop("subject_uuids", UNSET)
        subject_uuids: list[UUID] | Unset = UNSET
        if _subject_uuids is not UNSET:
            subject_uuids = []
            for subject_uuids_item_data in _subject_uuids:
                subject_uuids_item = UUID(subject_uuids_item_data)

                subject_uuids.append(subject_uuids_item)

        _seat_types = d.pop("seat_types", UNSET)
        seat_types: list[CourseRunSeatTypesItem] | Unset = UNSET
        if _seat_types is not UNSET:
            seat_types = []
            for seat_types_item_data in _seat_types:
                seat_types_item = CourseRunSeatTypesItem(seat_types_item_data)

                seat_types.append(seat_types_item)

        course_run = cls(
            key=key,
            title=title,
            short_description=short_description,
            marketing_url=marketing_url,
            start=start,
            end=end,
            enrollment_start=enrollment_start,
            enrollment_end=enrollment_end,
            weeks_to_complete=weeks_to_complete,
            pacing_type=pacing_type,
            availability=availability,
            full_description=full_description,
            transcript_languages=transcript_languages,
            min_effort=min_effort,
            max_effort=max_effort,
            level_type=level_type,
            mobile_available=mobile_available,
            enrollment_url=enrollment_url,
            type_=type_,
            content_last_modified=content_last_modified,
            parent_content_key=parent_content_key,
            xapi_activity_id=xapi_activity_id,
            uuid=uuid,
            external_key=external_key,
            image=image,
            seats=seats,
            go_live_date=go_live_date,
            status=status,
            is_enrollable=is_enrollable,
            is_marketable=is_marketable,
            variant_id=variant_id,
            course=course,
            announcement=announcement,
            content_language=content_language,
            license_=license_,
            outcome=outcome,
            instructors=instructors,
            staff=staff,
            modified=modified,
            hidden=hidden,
            reporting_type=reporting_type,
            eligible_for_financial_aid=eligible_for_financial_aid,
            first_enrollable_paid_seat_price=first_enrollable_paid_seat_price,
            has_ofac_restrictions=has_ofac_restrictions,
            ofac_comment=ofac_comment,
            enrollment_count=enrollment_count,
            recent_enrollment_count=recent_enrollment_count,
            expected_program_name=expected_program_name,
            course_uuid=course_uuid,
            estimated_hours=estimated_hours,
            content_language_search_facet_name=content_language_search_facet_name,
            enterprise_subscription_inclusion=enterprise_subscription_inclusion,
            programs=programs,
            video=video,
            expected_program_type=expected_program_type,
            run_type=run_type,
            aggregation_key=aggregation_key,
            authoring_organization_uuids=authoring_organization_uuids,
            content_type=content_type,
            has_enrollable_seats=has_enrollable_seats,
            image_url=image_url,
            language=language,
            logo_image_urls=logo_image_urls,
            number=number,
            org=org,
            partner=partner,
            program_types=program_types,
            published=published,
            staff_uuids=staff_uuids,
            subject_uuids=subject_uuids,
            seat_types=seat_types,
        )

        course_run.additional_properties = d
        return course_run

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
