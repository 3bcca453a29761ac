from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_content_type import ProgramContentType
from ..models.program_type import ProgramType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_geolocation import CatalogGeolocation
    from ..models.catalog_in_year_value import CatalogInYearValue
    from ..models.catalog_location_restriction import CatalogLocationRestriction
    from ..models.catalog_organization import CatalogOrganization
    from ..models.catalog_person import CatalogPerson
    from ..models.catalog_product_source import CatalogProductSource
    from ..models.catalog_skill import CatalogSkill
    from ..models.catalog_subject import CatalogSubject
    from ..models.catalog_topic import CatalogTopic
    from ..models.catalog_video import CatalogVideo
    from ..models.program_banner_image import ProgramBannerImage
    from ..models.program_course import ProgramCourse
    from ..models.program_credit_redemption_overview import (
        ProgramCreditRedemptionOverview,
    )
    from ..models.program_curriculum import ProgramCurriculum
    from ..models.program_degree import ProgramDegree
    from ..models.program_endorsement import ProgramEndorsement
    from ..models.program_level_type_override import ProgramLevelTypeOverride
    from ..models.program_taxi_form import ProgramTaxiForm
    from ..models.program_type_attrs import ProgramTypeAttrs


T = TypeVar("T", bound="Program")


@_attrs_define
class Program:
    """A program content item of an enterprise catalog: a collection of related courses.

    Attributes:
        uuid (UUID): The UUID of the program.
        title (str): The title of the program, for example "MicroMasters: Plasma Physics".
        subtitle (str): The subtitle of the program.
        type_ (ProgramType): The kind of program.
        type_attrs (ProgramTypeAttrs): The program type record of a program.
        status (str): The publication status of the program, for example `published`.
        marketing_slug (str): The slug used in the program's marketing URL.
        marketing_url (str): The complete marketing URL of the program.
        banner_image (ProgramBannerImage): The banner image record of a program.
        hidden (bool): Whether authors or administrators have hidden the program.
        courses (list[ProgramCourse]): The courses the program offers.
        authoring_organizations (list[CatalogOrganization]): The organizations that author the program's courses.
        card_image_url (str): The URL of the image that stands for the program.
        is_program_eligible_for_one_click_purchase (bool): Whether the whole program can be bought in one click.
        degree (ProgramDegree): The degree record of a program.
        curricula (list[ProgramCurriculum]): The curricula of the program.
        marketing_hook (str): The marketing hook of the program.
        total_hours_of_effort (int | None): The estimated total hours needed to complete the program.
        recent_enrollment_count (int): How many learners enrolled in the program during the last six months.
        organization_short_code_override (str): A short code that replaces the organization's own.
        organization_logo_override_url (None | str): The URL of a logo that replaces the organization's own.
        primary_subject_override (CatalogSubject): An academic subject record.
        level_type_override (ProgramLevelTypeOverride): A level type record that replaces a program's own.
        language_override (str): A language that replaces the program's own.
        labels (list[str]): Labels of the program's courses.
        program_duration_override (int | None): A program duration that replaces the computed one.
        data_modified_timestamp (datetime.datetime): When the program data last changed.
        excluded_from_search (bool): Whether the enterprise program search tools leave the program out.
        excluded_from_seo (bool): Whether the program is kept out of edX search engine optimization.
        has_ofac_restrictions (bool | None): Whether OFAC sanctions limit where the program and its content may be sold.
        ofac_comment (str): Notes about the OFAC restrictions.
        overview (str): An overview of the program.
        weeks_to_complete (int | None): The estimated number of weeks needed to complete the program.
        weeks_to_complete_max (int | None): The highest estimate of the weeks needed to complete the program.
        weeks_to_complete_min (int | None): The lowest estimate of the weeks needed to complete the program.
        min_hours_effort_per_week (int | None): The lowest estimate of the weekly effort, in hours.
        max_hours_effort_per_week (int | None): The highest estimate of the weekly effort, in hours.
        expected_learning_items (list[str]): The things a learner is expected to learn in the program.
        faq (list[str]): The frequently asked questions of the program's courses, each in HTML.
        credit_backing_organizations (list[CatalogOrganization]): The organizations that back the credit the program
            earns.
        corporate_endorsements (list[ProgramEndorsement]): Endorsements of the program by companies.
        job_outlook_items (list[str]): Job outlook records of the program.
        individual_endorsements (list[ProgramEndorsement]): Endorsements of the program by individuals.
        languages (list[str]): The languages the program is taught in.
        transcript_languages (list[str]): The languages of the program's transcripts.
        subjects (list[CatalogSubject]): The academic subjects the program covers.
        price_ranges (list[int]): The price ranges of the program.
        staff (list[CatalogPerson]): The staff of the program.
        applicable_seat_types (list[str]): The seat types the program offers.
        instructor_ordering (list[CatalogPerson]): The program's instructors, in display order.
        enrollment_count (int): How many learners have ever enrolled in the program.
        topics (list[CatalogTopic]): The topic records of the program.
        credit_value (int): The total credit the program is worth.
        enterprise_subscription_inclusion (bool): Whether the program is part of the enterprise subscription package.
        is_2u_degree_program (bool): Whether the program is a 2U degree program.
        skill_names (list[str]): The names of the skills linked to the program.
        skills (list[CatalogSkill]): The skill records linked to the program.
        product_source (CatalogProductSource): A record of where a course or program comes from (its product source).
        subscription_eligible (bool | None): Whether the program can be sold by subscription.
        subscription_prices (list[int]): The subscription prices of the program.
        enrollment_url (str): The URL of the page where a learner of the enterprise enrolls in the program.
        video (CatalogVideo | None): The video shown on the program About page. Null when there is none.
        taxi_form (None | ProgramTaxiForm): The data of a Taxi (2U form library) lead capture form. Null when there is
            none.
        credit_redemption_overview (None | ProgramCreditRedemptionOverview): The credit redemption overview record of
            the program. Null when there is none.
        geolocation (CatalogGeolocation | None): Where the program takes place, when it has a location. Null when there
            is none.
        location_restriction (CatalogLocationRestriction | None): The location restriction record of the program. Null
            when there is none.
        in_year_value (CatalogInYearValue | None): The record of the program's projected value. Null when there is none.
        content_last_modified (datetime.datetime | Unset): When the program, its catalog or the catalog's customer last
            changed, whichever is latest.
        parent_content_key (None | str | Unset): The key of the item the program belongs to; null for a program.
        aggregation_key (str | Unset): The key that groups search results: `program:` followed by an identifier.
        authoring_organization_uuids (list[UUID] | Unset): The UUIDs of the organizations that produced the program.
        content_type (ProgramContentType | Unset): The kind of content item; `program` for a program.
        language (str | Unset): The language of the program.
        partner (str | Unset): The organization that offers the program.
        published (bool | Unset): Whether the program is published.
        staff_uuids (list[UUID] | Unset): The UUIDs of the staff of the program.
        subject_uuids (list[UUID] | Unset): The UUIDs of the subjects of the program.
    """

    uuid: UUID
    title: str
    subtitle: str
    type_: ProgramType
    type_attrs: ProgramTypeAttrs
    status: str
    marketing_slug: str
    marketing_url: str
    banner_image: ProgramBannerImage
    hidden: bool
    courses: list[ProgramCourse]
    authoring_organizations: list[CatalogOrganization]
    card_image_url: str
    is_program_eligible_for_one_click_purchase: bool
    degree: ProgramDegree
    curricula: list[ProgramCurriculum]
    marketing_hook: str
    total_hours_of_effort: int | None
    recent_enrollment_count: int
    organization_short_code_override: str
    organization_logo_override_url: None | str
    primary_subject_override: CatalogSubject
    level_type_override: ProgramLevelTypeOverride
    language_override: str
    labels: list[str]
    program_duration_override: int | None
    data_modified_timestamp: datetime.datetime
    excluded_from_search: bool
    excluded_from_seo: bool
    has_ofac_restrictions: bool | None
    ofac_comment: str
    overview: str
    weeks_to_complete: int | None
    weeks_to_complete_max: int | None
    weeks_to_complete_min: int | None
    min_hours_effort_per_week: int | None
    max_hours_effort_per_week: int | None
    expected_learning_items: list[str]
    faq: list[str]
    credit_backing_organizations: list[CatalogOrganization]
    corporate_endorsements: list[ProgramEndorsement]
    job_outlook_items: list[str]
    individual_endorsements: list[ProgramEndorsement]
    languages: list[str]
    transcript_languages: list[str]
    subjects: list[CatalogSubject]
    price_ranges: list[int]
    staff: list[CatalogPerson]
    applicable_seat_types: list[str]
    instructor_ordering: list[CatalogPerson]
    enrollment_count: int
    topics: list[CatalogTopic]
    credit_value: int
    enterprise_subscription_inclusion: bool
    is_2u_degree_program: bool
    skill_names: list[str]
    skills: list[CatalogSkill]
    product_source: CatalogProductSource
    subscription_eligible: bool | None
    subscription_prices: list[int]
    enrollment_url: str
    video: CatalogVideo | None
    taxi_form: None | ProgramTaxiForm
    credit_redemption_overview: None | ProgramCreditRedemptionOverview
    geolocation: CatalogGeolocation | None
    location_restriction: CatalogLocationRestriction | None
    in_year_value: CatalogInYearValue | None
    content_last_modified: datetime.datetime | Unset = UNSET
    parent_content_key: None | str | Unset = UNSET
    aggregation_key: str | Unset = UNSET
    authoring_organization_uuids: list[UUID] | Unset = UNSET
    content_type: ProgramContentType | Unset = UNSET
    language: str | Unset = UNSET
    partner: str | Unset = UNSET
    published: bool | Unset = UNSET
    staff_uuids: list[UUID] | Unset = UNSET
    subject_uuids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog_geolocation import CatalogGeolocation
        from ..models.catalog_in_year_value import CatalogInYearValue
        from ..models.catalog_location_restriction import CatalogLocationRestriction
        from ..models.catalog_video import CatalogVideo
        from ..models.program_credit_redemption_overview import (
            ProgramCreditRedemptionOverview,
        )
        from ..models.program_taxi_form import ProgramTaxiForm

        uuid = str(self.uuid)

        title = self.title

        subtitle = self.subtitle

        type_ = self.type_.value

        type_attrs = self.type_attrs.to_dict()

        status = self.status

        marketing_slug = self.marketing_slug

        marketing_url = self.marketing_url

        banner_image = self.banner_image.to_dict()

        hidden = self.hidden

        courses = []
        for courses_item_data in self.courses:
            courses_item = courses_item_data.to_dict()
            courses.append(courses_item)

        authoring_organizations = []
        for authoring_organizations_item_data in self.authoring_organizations:
            authoring_organizations_item = authoring_organizations_item_data.to_dict()
            authoring_organizations.append(authoring_organizations_item)

        card_image_url = self.card_image_url

        is_program_eligible_for_one_click_purchase = (
            self.is_program_eligible_for_one_click_purchase
        )

        degree = self.degree.to_dict()

        curricula = []
        for curricula_item_data in self.curricula:
            curricula_item = curricula_item_data.to_dict()
            curricula.append(curricula_item)

        marketing_hook = self.marketing_hook

        total_hours_of_effort: int | None
        total_hours_of_effort = self.total_hours_of_effort

        recent_enrollment_count = self.recent_enrollment_count

        organization_short_code_override = self.organization_short_code_override

        organization_logo_override_url: None | str
        organization_logo_override_url = self.organization_logo_override_url

        primary_subject_override = self.primary_subject_override.to_dict()

        level_type_override = self.level_type_override.to_dict()

        language_override = self.language_override

        labels = self.labels

        program_duration_override: int | None
        program_duration_override = self.program_duration_override

        data_modified_timestamp = self.data_modified_timestamp.isoformat()

        excluded_from_search = self.excluded_from_search

        excluded_from_seo = self.excluded_from_seo

        has_ofac_restrictions: bool | None
        has_ofac_restrictions = self.has_ofac_restrictions

        ofac_comment = self.ofac_comment

        overview = self.overview

        weeks_to_complete: int | None
        weeks_to_complete = self.weeks_to_complete

        weeks_to_complete_max: int | None
        weeks_to_complete_max = self.weeks_to_complete_max

        weeks_to_complete_min: int | None
        weeks_to_complete_min = self.weeks_to_complete_min

        min_hours_effort_per_week: int | None
        min_hours_effort_per_week = self.min_hours_effort_per_week

        max_hours_effort_per_week: int | None
        max_hours_effort_per_week = self.max_hours_effort_per_week

        expected_learning_items = self.expected_learning_items

        faq = self.faq

        credit_backing_organizations = []
        for credit_backing_organizations_item_data in self.credit_backing_organizations:
            credit_backing_organizations_item = (
                credit_backing_organizations_item_data.to_dict()
            )
            credit_backing_organizations.append(credit_backing_organizations_item)

        corporate_endorsements = []
        for corporate_endorsements_item_data in self.corporate_endorsements:
            corporate_endorsements_item = corporate_endorsements_item_data.to_dict()
            corporate_endorsements.append(corporate_endorsements_item)

        job_outlook_items = self.job_outlook_items

        individual_endorsements = []
        for individual_endorsements_item_data in self.individual_endorsements:
            individual_endorsements_item = individual_endorsements_item_data.to_dict()
            individual_endorsements.append(individual_endorsements_item)

        languages = self.languages

        transcript_languages = self.transcript_languages

        subjects = []
        for subjects_item_data in self.subjects:
            subjects_item = subjects_item_data.to_dict()
            subjects.append(subjects_item)

        price_ranges = self.price_ranges

        staff = []
        for staff_item_data in self.staff:
            staff_item = staff_item_data.to_dict()
            staff.append(staff_item)

        applicable_seat_types = self.applicable_seat_types

        instructor_ordering = []
        for instructor_ordering_item_data in self.instructor_ordering:
            instructor_ordering_item = instructor_ordering_item_data.to_dict()
            instructor_ordering.append(instructor_ordering_item)

        enrollment_count = self.enrollment_count

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        credit_value = self.credit_value

        enterprise_subscription_inclusion = self.enterprise_subscription_inclusion

        is_2u_degree_program = self.is_2u_degree_program

        skill_names = self.skill_names

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        product_source = self.product_source.to_dict()

        subscription_eligible: bool | None
        subscription_eligible = self.subscription_eligible

        subscription_prices = self.subscription_prices

        enrollment_url = self.enrollment_url

        video: dict[str, Any] | None
        if isinstance(self.video, CatalogVideo):
            video = self.video.to_dict()
        else:
            video = self.video

        taxi_form: dict[str, Any] | None
        if isinstance(self.taxi_form, ProgramTaxiForm):
            taxi_form = self.taxi_form.to_dict()
        else:
            taxi_form = self.taxi_form

        credit_redemption_overview: dict[str, Any] | None
        if isinstance(self.credit_redemption_overview, ProgramCreditRedemptionOverview):
            credit_redemption_overview = self.credit_redemption_overview.to_dict()
        else:
            credit_redemption_overview = self.credit_redemption_overview

        geolocation: dict[str, Any] | None
        if isinstance(self.geolocation, CatalogGeolocation):
            geolocation = self.geolocation.to_dict()
        else:
            geolocation = self.geolocation

        location_restriction: dict[str, Any] | None
        if isinstance(self.location_restriction, CatalogLocationRestriction):
            location_restriction = self.location_restriction.to_dict()
        else:
            location_restriction = self.location_restriction

        in_year_value: dict[str, Any] | None
        if isinstance(self.in_year_value, CatalogInYearValue):
            in_year_value = self.in_year_value.to_dict()
        else:
            in_year_value = self.in_year_value

        content_last_modified: str | Unset = UNSET
        if not isinstance(self.content_last_modified, Unset):
            content_last_modified = self.content_last_modified.isoformat()

        parent_content_key: None | str | Unset
        if isinstance(self.parent_content_key, Unset):
            parent_content_key = UNSET
        else:
            parent_content_key = self.parent_content_key

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

        language = self.language

        partner = self.partner

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "title": title,
                "subtitle": subtitle,
                "type": type_,
                "type_attrs": type_attrs,
                "status": status,
                "marketing_slug": marketing_slug,
                "marketing_url": marketing_url,
                "banner_image": banner_image,
                "hidden": hidden,
                "courses": courses,
                "authoring_organizations": authoring_organizations,
                "card_image_url": card_image_url,
                "is_program_eligible_for_one_click_purchase": is_program_eligible_for_one_click_purchase,
                "degree": degree,
                "curricula": curricula,
                "marketing_hook": marketing_hook,
                "total_hours_of_effort": total_hours_of_effort,
                "recent_enrollment_count": recent_enrollment_count,
                "organization_short_code_override": organization_short_code_override,
                "organization_logo_override_url": organization_logo_override_url,
                "primary_subject_override": primary_subject_override,
                "level_type_override": level_type_override,
                "language_override": language_override,
                "labels": labels,
                "program_duration_override": program_duration_override,
                "data_modified_timestamp": data_modified_timestamp,
                "excluded_from_search": excluded_from_search,
                "excluded_from_seo": excluded_from_seo,
                "has_ofac_restrictions": has_ofac_restrictions,
                "ofac_comment": ofac_comment,
                "overview": overview,
                "weeks_to_complete": weeks_to_complete,
                "weeks_to_complete_max": weeks_to_complete_max,
                "weeks_to_complete_min": weeks_to_complete_min,
                "min_hours_effort_per_week": min_hours_effort_per_week,
                "max_hours_effort_per_week": max_hours_effort_per_week,
                "expected_learning_items": expected_learning_items,
                "faq": faq,
                "credit_backing_organizations": credit_backing_organizations,
                "corporate_endorsements": corporate_endorsements,
                "job_outlook_items": job_outlook_items,
                "individual_endorsements": individual_endorsements,
                "languages": languages,
                "transcript_languages": transcript_languages,
                "subjects": subjects,
                "price_ranges": price_ranges,
                "staff": staff,
                "applicable_seat_types": applicable_seat_types,
                "instructor_ordering": instructor_ordering,
                "enrollment_count": enrollment_count,
                "topics": topics,
                "credit_value": credit_value,
                "enterprise_subscription_inclusion": enterprise_subscription_inclusion,
                "is_2u_degree_program": is_2u_degree_program,
                "skill_names": skill_names,
                "skills": skills,
                "product_source": product_source,
                "subscription_eligible": subscription_eligible,
                "subscription_prices": subscription_prices,
                "enrollment_url": enrollment_url,
                "video": video,
                "taxi_form": taxi_form,
                "credit_redemption_overview": credit_redemption_overview,
                "geolocation": geolocation,
                "location_restriction": location_restriction,
                "in_year_value": in_year_value,
            }
        )
        if content_last_modified is not UNSET:
            field_dict["content_last_modified"] = content_last_modified
        if parent_content_key is not UNSET:
            field_dict["parent_content_key"] = parent_content_key
        if aggregation_key is not UNSET:
            field_dict["aggregation_key"] = aggregation_key
        if authoring_organization_uuids is not UNSET:
            field_dict["authoring_organization_uuids"] = authoring_organization_uuids
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if language is not UNSET:
            field_dict["language"] = language
        if partner is not UNSET:
            field_dict["partner"] = partner
        if published is not UNSET:
            field_dict["published"] = published
        if staff_uuids is not UNSET:
            field_dict["staff_uuids"] = staff_uuids
        if subject_uuids is not UNSET:
            field_dict["subject_uuids"] = subject_uuids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_geolocation import CatalogGeolocation
        from ..models.catalog_in_year_value import CatalogInYearValue
        from ..models.catalog_location_restriction import CatalogLocationRestriction
        from ..models.catalog_organization import CatalogOrganization
        from ..models.catalog_person import CatalogPerson
        from ..models.catalog_product_source import CatalogProductSource
        from ..models.catalog_skill import CatalogSkill
        from ..models.catalog_subject import CatalogSubject
        from ..models.catalog_topic import CatalogTopic
        from ..models.catalog_video import CatalogVideo
        from ..models.program_banner_image import ProgramBannerImage
        from ..models.program_course import ProgramCourse
        from ..models.program_credit_redemption_overview import (
            ProgramCreditRedemptionOverview,
        )
        from ..models.program_curriculum import ProgramCurriculum
        from ..models.program_degree import ProgramDegree
        from ..models.program_endorsement import ProgramEndorsement
        from ..models.program_level_type_override import ProgramLevelTypeOverride
        from ..models.program_taxi_form import ProgramTaxiForm
        from ..models.program_type_attrs import ProgramTypeAttrs

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        title = d.pop("title")

        subtitle = d.pop("subtitle")

        type_ = ProgramType(d.pop("type"))

        type_attrs = ProgramTypeAttrs.from_dict(d.pop("type_attrs"))

        status = d.pop("status")

        marketing_slug = d.pop("marketing_slug")

        marketing_url = d.pop("marketing_url")

        banner_image = ProgramBannerImage.from_dict(d.pop("banner_image"))

        hidden = d.pop("hidden")
        if not (isinstance(hidden, bool)):
            raise TypeError(f"hidden: expected a boolean, got {type(hidden).__name__}")

        courses = []
        _courses = d.pop("courses")
        for courses_item_data in _courses:
            courses_item = ProgramCourse.from_dict(courses_item_data)

            courses.append(courses_item)

        authoring_organizations = []
        _authoring_organizations = d.pop("authoring_organizations")
        for authoring_organizations_item_data in _authoring_organizations:
            authoring_organizations_item = CatalogOrganization.from_dict(
                authoring_organizations_item_data
            )

            authoring_organizations.append(authoring_organizations_item)

        card_image_url = d.pop("card_image_url")

        is_program_eligible_for_one_click_purchase = d.pop(
            "is_program_eligible_for_one_click_purchase"
        )
        if not (isinstance(is_program_eligible_for_one_click_purchase, bool)):
            raise TypeError(
                f"is_program_eligible_for_one_click_purchase: expected a boolean, got {type(is_program_eligible_for_one_click_purchase).__name__}"
            )

        degree = ProgramDegree.from_dict(d.pop("degree"))

        curricula = []
        _curricula = d.pop("curricula")
        for curricula_item_data in _curricula:
            curricula_item = ProgramCurriculum.from_dict(curricula_item_data)

            curricula.append(curricula_item)

        marketing_hook = d.pop("marketing_hook")

        def _parse_total_hours_of_effort(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                total_hours_of_effort_type_0 = data
                if not (
                    isinstance(total_hours_of_effort_type_0, int)
                    and not isinstance(total_hours_of_effort_type_0, bool)
                ):
                    raise TypeError(
                        f"total_hours_of_effort_type_0: expected an integer, got {type(total_hours_of_effort_type_0).__name__}"
                    )

                return total_hours_of_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        total_hours_of_effort = _parse_total_hours_of_effort(
            d.pop("total_hours_of_effort")
        )

        recent_enrollment_count = d.pop("recent_enrollment_count")
        if not (
            isinstance(recent_enrollment_count, int)
            and not isinstance(recent_enrollment_count, bool)
        ):
            raise TypeError(
                f"recent_enrollment_count: expected an integer, got {type(recent_enrollment_count).__name__}"
            )

        organization_short_code_override = d.pop("organization_short_code_override")

        def _parse_organization_logo_override_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_logo_override_url = _parse_organization_logo_override_url(
            d.pop("organization_logo_override_url")
        )

        primary_subject_override = CatalogSubject.from_dict(
            d.pop("primary_subject_override")
        )

        level_type_override = ProgramLevelTypeOverride.from_dict(
            d.pop("level_type_override")
        )

        language_override = d.pop("language_override")

        labels = cast(list[str], d.pop("labels"))

        def _parse_program_duration_override(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                program_duration_override_type_0 = data
                if not (
                    isinstance(program_duration_override_type_0, int)
                    and not isinstance(program_duration_override_type_0, bool)
                ):
                    raise TypeError(
                        f"program_duration_override_type_0: expected an integer, got {type(program_duration_override_type_0).__name__}"
                    )

                return program_duration_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        program_duration_override = _parse_program_duration_override(
            d.pop("program_duration_override")
        )

        data_modified_timestamp = datetime.datetime.fromisoformat(
            d.pop("data_modified_timestamp")
        )

        excluded_from_search = d.pop("excluded_from_search")
        if not (isinstance(excluded_from_search, bool)):
            raise TypeError(
                f"excluded_from_search: expected a boolean, got {type(excluded_from_search).__name__}"
            )

        excluded_from_seo = d.pop("excluded_from_seo")
        if not (isinstance(excluded_from_seo, bool)):
            raise TypeError(
                f"excluded_from_seo: expected a boolean, got {type(excluded_from_seo).__name__}"
            )

        def _parse_has_ofac_restrictions(data: object) -> bool | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                has_ofac_restrictions_type_0 = data
                if not (isinstance(has_ofac_restrictions_type_0, bool)):
                    raise TypeError(
                        f"has_ofac_restrictions_type_0: expected a boolean, got {type(has_ofac_restrictions_type_0).__name__}"
                    )

                return has_ofac_restrictions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None, data)

        has_ofac_restrictions = _parse_has_ofac_restrictions(
            d.pop("has_ofac_restrictions")
        )

        ofac_comment = d.pop("ofac_comment")

        overview = d.pop("overview")

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

        def _parse_weeks_to_complete_max(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                weeks_to_complete_max_type_0 = data
                if not (
                    isinstance(weeks_to_complete_max_type_0, int)
                    and not isinstance(weeks_to_complete_max_type_0, bool)
                ):
                    raise TypeError(
                        f"weeks_to_complete_max_type_0: expected an integer, got {type(weeks_to_complete_max_type_0).__name__}"
                    )

                return weeks_to_complete_max_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        weeks_to_complete_max = _parse_weeks_to_complete_max(
            d.pop("weeks_to_complete_max")
        )

        def _parse_weeks_to_complete_min(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                weeks_to_complete_min_type_0 = data
                if not (
                    isinstance(weeks_to_complete_min_type_0, int)
                    and not isinstance(weeks_to_complete_min_type_0, bool)
                ):
                    raise TypeError(
                        f"weeks_to_complete_min_type_0: expected an integer, got {type(weeks_to_complete_min_type_0).__name__}"
                    )

                return weeks_to_complete_min_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        weeks_to_complete_min = _parse_weeks_to_complete_min(
            d.pop("weeks_to_complete_min")
        )

        def _parse_min_hours_effort_per_week(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                min_hours_effort_per_week_type_0 = data
                if not (
                    isinstance(min_hours_effort_per_week_type_0, int)
                    and not isinstance(min_hours_effort_per_week_type_0, bool)
                ):
                    raise TypeError(
                        f"min_hours_effort_per_week_type_0: expected an integer, got {type(min_hours_effort_per_week_type_0).__name__}"
                    )

                return min_hours_effort_per_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        min_hours_effort_per_week = _parse_min_hours_effort_per_week(
            d.pop("min_hours_effort_per_week")
        )

        def _parse_max_hours_effort_per_week(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                max_hours_effort_per_week_type_0 = data
                if not (
                    isinstance(max_hours_effort_per_week_type_0, int)
                    and not isinstance(max_hours_effort_per_week_type_0, bool)
                ):
                    raise TypeError(
                        f"max_hours_effort_per_week_type_0: expected an integer, got {type(max_hours_effort_per_week_type_0).__name__}"
                    )

                return max_hours_effort_per_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        max_hours_effort_per_week = _parse_max_hours_effort_per_week(
            d.pop("max_hours_effort_per_week")
        )

        expected_learning_items = cast(list[str], d.pop("expected_learning_items"))

        faq = cast(list[str], d.pop("faq"))

        credit_backing_organizations = []
        _credit_backing_organizations = d.pop("credit_backing_organizations")
        for credit_backing_organizations_item_data in _credit_backing_organizations:
            credit_backing_organizations_item = CatalogOrganization.from_dict(
                credit_backing_organizations_item_data
            )

            credit_backing_organizations.append(credit_backing_organizations_item)

        corporate_endorsements = []
        _corporate_endorsements = d.pop("corporate_endorsements")
        for corporate_endorsements_item_data in _corporate_endorsements:
            corporate_endorsements_item = ProgramEndorsement.from_dict(
                corporate_endorsements_item_data
            )

            corporate_endorsements.append(corporate_endorsements_item)

        job_outlook_items = cast(list[str], d.pop("job_outlook_items"))

        individual_endorsements = []
        _individual_endorsements = d.pop("individual_endorsements")
        for individual_endorsements_item_data in _individual_endorsements:
            individual_endorsements_item = ProgramEndorsement.from_dict(
                individual_endorsements_item_data
            )

            individual_endorsements.append(individual_endorsements_item)

        languages = cast(list[str], d.pop("languages"))

        transcript_languages = cast(list[str], d.pop("transcript_languages"))

        subjects = []
        _subjects = d.pop("subjects")
        for subjects_item_data in _subjects:
            subjects_item = CatalogSubject.from_dict(subjects_item_data)

            subjects.append(subjects_item)

        price_ranges = []
        _price_ranges = d.pop("price_ranges")
        for price_ranges_item_data in _price_ranges:
            price_ranges_item = price_ranges_item_data
            if not (
                isinstance(price_ranges_item, int)
                and not isinstance(price_ranges_item, bool)
            ):
                raise TypeError(
                    f"price_ranges_item: expected an integer, got {type(price_ranges_item).__name__}"
                )

            price_ranges.append(price_ranges_item)

        staff = []
        _staff = d.pop("staff")
        for staff_item_data in _staff:
            staff_item = CatalogPerson.from_dict(staff_item_data)

            staff.append(staff_item)

        applicable_seat_types = cast(list[str], d.pop("applicable_seat_types"))

        instructor_ordering = []
        _instructor_ordering = d.pop("instructor_ordering")
        for instructor_ordering_item_data in _instructor_ordering:
            instructor_ordering_item = CatalogPerson.from_dict(
                instructor_ordering_item_data
            )

            instructor_ordering.append(instructor_ordering_item)

        enrollment_count = d.pop("enrollment_count")
        if not (
            isinstance(enrollment_count, int) and not isinstance(enrollment_count, bool)
        ):
            raise TypeError(
                f"enrollment_count: expected an integer, got {type(enrollment_count).__name__}"
            )

        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = CatalogTopic.from_dict(topics_item_data)

            topics.append(topics_item)

        credit_value = d.pop("credit_value")
        if not (isinstance(credit_value, int) and not isinstance(credit_value, bool)):
            raise TypeError(
                f"credit_value: expected an integer, got {type(credit_value).__name__}"
            )

        enterprise_subscription_inclusion = d.pop("enterprise_subscription_inclusion")
        if not (isinstance(enterprise_subscription_inclusion, bool)):
            raise TypeError(
                f"enterprise_subscription_inclusion: expected a boolean, got {type(enterprise_subscription_inclusion).__name__}"
            )

        is_2u_degree_program = d.pop("is_2u_degree_program")
        if not (isinstance(is_2u_degree_program, bool)):
            raise TypeError(
                f"is_2u_degree_program: expected a boolean, got {type(is_2u_degree_program).__name__}"
            )

        skill_names = cast(list[str], d.pop("skill_names"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = CatalogSkill.from_dict(skills_item_data)

            skills.append(skills_item)

        product_source = CatalogProductSource.from_dict(d.pop("product_source"))

        def _parse_subscription_eligible(data: object) -> bool | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                subscription_eligible_type_0 = data
                if not (isinstance(subscription_eligible_type_0, bool)):
                    raise TypeError(
                        f"subscription_eligible_type_0: expected a boolean, got {type(subscription_eligible_type_0).__name__}"
                    )

                return subscription_eligible_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None, data)

        subscription_eligible = _parse_subscription_eligible(
            d.pop("subscription_eligible")
        )

        subscription_prices = []
        _subscription_prices = d.pop("subscription_prices")
        for subscription_prices_item_data in _subscription_prices:
            subscription_prices_item = subscription_prices_item_data
            if not (
                isinstance(subscription_prices_item, int)
                and not isinstance(subscription_prices_item, bool)
            ):
                raise TypeError(
                    f"subscription_prices_item: expected an integer, got {type(subscription_prices_item).__name__}"
                )

            subscription_prices.append(subscription_prices_item)

        enrollment_url = d.pop("enrollment_url")

        def _parse_video(data: object) -> CatalogVideo | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = CatalogVideo.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogVideo | None, data)

        video = _parse_video(d.pop("video"))

        def _parse_taxi_form(data: object) -> None | ProgramTaxiForm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                taxi_form_type_0 = ProgramTaxiForm.from_dict(data)

                return taxi_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramTaxiForm, data)

        taxi_form = _parse_taxi_form(d.pop("taxi_form"))

        def _parse_credit_redemption_overview(
            data: object,
        ) -> None | ProgramCreditRedemptionOverview:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credit_redemption_overview_type_0 = (
                    ProgramCreditRedemptionOverview.from_dict(data)
                )

                return credit_redemption_overview_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramCreditRedemptionOverview, data)

        credit_redemption_overview = _parse_credit_redemption_overview(
            d.pop("credit_redemption_overview")
        )

        def _parse_geolocation(data: object) -> CatalogGeolocation | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geolocation_type_0 = CatalogGeolocation.from_dict(data)

                return geolocation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogGeolocation | None, data)

        geolocation = _parse_geolocation(d.pop("geolocation"))

        def _parse_location_restriction(
            data: object,
        ) -> CatalogLocationRestriction | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_restriction_type_0 = CatalogLocationRestriction.from_dict(data)

                return location_restriction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogLocationRestriction | None, data)

        location_restriction = _parse_location_restriction(
            d.pop("location_restriction")
        )

        def _parse_in_year_value(data: object) -> CatalogInYearValue | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                in_year_value_type_0 = CatalogInYearValue.from_dict(data)

                return in_year_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogInYearValue | None, data)

        in_year_value = _parse_in_year_value(d.pop("in_year_value"))

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
        content_type: ProgramContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = ProgramContentType(_content_type)

        language = d.pop("language", UNSET)

        partner = d.pop("partner", UNSET)

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

        program = cls(
            uuid=uuid,
            title=title,
            subtitle=subtitle,
            type_=type_,
            type_attrs=type_attrs,
            status=status,
            marketing_slug=marketing_slug,
            marketing_url=marketing_url,
            banner_image=banner_image,
            hidden=hidden,
            courses=courses,
            authoring_organizations=authoring_organizations,
            card_image_url=card_image_url,
            is_program_eligible_for_one_click_purchase=is_program_eligible_for_one_click_purchase,
            degree=degree,
            curricula=curricula,
            marketing_hook=marketing_hook,
            total_hours_of_effort=total_hours_of_effort,
            recent_enrollment_count=recent_enrollment_count,
            organization_short_code_override=organization_short_code_override,
            organization_logo_override_url=organization_logo_override_url,
            primary_subject_override=primary_subject_override,
            level_type_override=level_type_override,
            language_override=language_override,
            labels=labels,
            program_duration_override=program_duration_override,
            data_modified_timestamp=data_modified_timestamp,
            excluded_from_search=excluded_from_search,
            excluded_from_seo=excluded_from_seo,
            has_ofac_restrictions=has_ofac_restrictions,
            ofac_comment=ofac_comment,
            overview=overview,
            weeks_to_complete=weeks_to_complete,
            weeks_to_complete_max=weeks_to_complete_max,
            weeks_to_complete_min=weeks_to_complete_min,
            min_hours_effort_per_week=min_hours_effort_per_week,
            max_hours_effort_per_week=max_hours_effort_per_week,
            expected_learning_items=expected_learning_items,
            faq=faq,
            credit_backing_organizations=credit_backing_organizations,
            corporate_endorsements=corporate_endorsements,
            job_outlook_items=job_outlook_items,
            individual_endorsements=individual_endorsements,
            languages=languages,
            transcript_languages=transcript_languages,
            subjects=subjects,
            price_ranges=price_ranges,
            staff=staff,
            applicable_seat_types=applicable_seat_types,
            instructor_ordering=instructor_ordering,
            enrollment_count=enrollment_count,
            topics=topics,
            credit_value=credit_value,
            enterprise_subscription_inclusion=enterprise_subscription_inclusion,
            is_2u_degree_program=is_2u_degree_program,
            skill_names=skill_names,
            skills=skills,
            product_source=product_source,
            subscription_eligible=subscription_eligible,
            subscription_prices=subscription_prices,
            enrollment_url=enrollment_url,
            video=video,
            taxi_form=taxi_form,
            credit_redemption_overview=credit_redemption_overview,
            geolocation=geolocation,
            location_restriction=location_restriction,
            in_year_value=in_year_value,
            content_last_modified=content_last_modified,
            parent_content_key=parent_content_key,
            aggregation_key=aggregation_key,
            authoring_organization_uuids=authoring_organization_uuids,
            content_type=content_type,
            language=language,
            partner=partner,
            published=published,
            staff_uuids=staff_uuids,
            subject_uuids=subject_uuids,
        )

        program.additional_properties = d
        return program

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
