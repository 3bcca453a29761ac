from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_geolocation import CatalogGeolocation
    from ..models.catalog_image import CatalogImage
    from ..models.catalog_in_year_value import CatalogInYearValue
    from ..models.catalog_location_restriction import CatalogLocationRestriction
    from ..models.catalog_organization import CatalogOrganization
    from ..models.catalog_product_source import CatalogProductSource
    from ..models.catalog_related_program import CatalogRelatedProgram
    from ..models.catalog_skill import CatalogSkill
    from ..models.catalog_subject import CatalogSubject
    from ..models.catalog_topic import CatalogTopic
    from ..models.catalog_video import CatalogVideo
    from ..models.course_additional_metadata import CourseAdditionalMetadata
    from ..models.course_collaborator import CourseCollaborator
    from ..models.course_editor import CourseEditor
    from ..models.course_entitlement import CourseEntitlement
    from ..models.course_prerequisite import CoursePrerequisite
    from ..models.course_run import CourseRun


T = TypeVar("T", bound="Course")


@_attrs_define
class Course:
    """A course content item of an enterprise catalog. A course groups the runs that share its key; the catalog's
    enrollment URL for the course is included.

        Attributes:
            key (str): The course key, the identifier of the course across its runs (for example `edX+DemoX`).
            uuid (UUID): The UUID of the course.
            title (str): The course title.
            course_runs (list[CourseRun]): The runs of the course that currently exist.
            enrollment_url (None | str): The URL of the page where a learner of the enterprise enrolls in the course.
            entitlements (list[CourseEntitlement]): The ways a seat in the course can be purchased.
            owners (list[CatalogOrganization]): The institutions that offer the course.
            image (CatalogImage): An image record (an About page image).
            short_description (None | str): A short description of the course, in HTML.
            type_ (UUID): The UUID of the course type record.
            url_slug (str): The slug that identifies the course in URL paths.
            course_type (str): The slug of the course type, for example `verified-audit`.
            enterprise_subscription_inclusion (bool): Whether the course belongs to the enterprise subscription catalog.
            excluded_from_seo (bool): Whether search engines are asked not to index the course About page.
            excluded_from_search (bool): Whether the course is kept out of search results.
            full_description (None | str): The complete description of the course, in HTML.
            level_type (None | str): How difficult the course is, as a level name such as `Intermediate` or `Advanced`.
            subjects (list[CatalogSubject]): The academic subjects the course covers.
            prerequisites (list[CoursePrerequisite]): The courses a learner has to finish before enrolling in this one.
            prerequisites_raw (list[Any] | None): The prerequisites of the course in their unstructured form.
            expected_learning_items (list[str]): The things a learner is expected to learn in the course, one text each.
            sponsors (list[CatalogOrganization]): The corporate sponsors of the course.
            modified (datetime.datetime): When the course metadata last changed.
            marketing_url (None | str): The URL of the course About page.
            syllabus_raw (None | str): The syllabus of the course.
            outcome (None | str): What a learner takes away from the course.
            card_image_url (None | str): The URL of the image that enterprise course cards show.
            canonical_course_run_key (None | str): The key of the course's canonical run, for example
                `course-v1:edx+tr1012+1T2021`.
            extra_description (None | str): More descriptive text written by the course author.
            additional_information (None | str): Further information about the course in HTML. Only administrators set it,
                so it may contain HTML that course authors cannot use.
            faq (None | str): The course's frequently asked questions, in HTML.
            learner_testimonials (None | str): Testimonials of the course's learners, in HTML.
            enrollment_count (int): How many learners have ever enrolled in the course.
            recent_enrollment_count (int): How many learners enrolled in the course during the last six months.
            topics (list[CatalogTopic]): The topics of the course.
            key_for_reruns (str): A key chosen by the course author and shared by every rerun of the course.
            url_slug_history (list[str]): Every slug the course has used over its lifetime.
            url_redirects (list[str]): The URL redirects that lead to the course.
            course_run_statuses (list[str]): The distinct statuses of the course's runs.
            editors (list[CourseEditor]): The users who may edit the course.
            collaborators (list[CourseCollaborator]): The collaborators of the course.
            skill_names (list[str]): The names of the skills linked to the course.
            skills (list[CatalogSkill]): The skill records linked to the course.
            organization_short_code_override (str): A short code that replaces the organization's own.
            organization_logo_override_url (None | str): The URL of a logo that replaces the organization's own.
            product_source (CatalogProductSource): A record of where a course or program comes from (its product source).
            data_modified_timestamp (datetime.datetime): When the course data last changed.
            watchers (list[str]): The email addresses told when one of the course's runs is published or scheduled.
            programs (list[CatalogRelatedProgram]): The programs the course belongs to.
            course_run_keys (list[str]): The keys of the course's runs.
            editable (bool): Whether the course can be edited.
            advertised_course_run_uuid (UUID): The UUID of the run the course advertises first.
            original_image (CatalogImage): An image record (an About page image).
            video (CatalogVideo | None): The video shown on the course About page, as one record; null when there is none.
            additional_metadata (CourseAdditionalMetadata | None): Extra metadata of 2U courses hosted outside the edX
                platform. Null when there is none.
            geolocation (CatalogGeolocation | None): Where the course takes place, when it has a location. Null when there
                is none.
            location_restriction (CatalogLocationRestriction | None): The location restriction record of the course. Null
                when there is none.
            in_year_value (CatalogInYearValue | None): The record of the course's projected value. Null when there is none.
            content_last_modified (datetime.datetime | Unset): When the item, its catalog or the catalog's customer last
                changed, whichever is latest (the enrollment URL depends on all three).
            parent_content_key (None | str | Unset): The key of the item this one belongs to (a course run's course), or
                null.
            xapi_activity_id (str | Unset): The xAPI activity identifier of the item for this catalog.
            active (bool | Unset): Whether one of the course's runs is active (open for enrollment now or later).
    """

    key: str
    uuid: UUID
    title: str
    course_runs: list[CourseRun]
    enrollment_url: None | str
    entitlements: list[CourseEntitlement]
    owners: list[CatalogOrganization]
    image: CatalogImage
    short_description: None | str
    type_: UUID
    url_slug: str
    course_type: str
    enterprise_subscription_inclusion: bool
    excluded_from_seo: bool
    excluded_from_search: bool
    full_description: None | str
    level_type: None | str
    subjects: list[CatalogSubject]
    prerequisites: list[CoursePrerequisite]
    prerequisites_raw: list[Any] | None
    expected_learning_items: list[str]
    sponsors: list[CatalogOrganization]
    modified: datetime.datetime
    marketing_url: None | str
    syllabus_raw: None | str
    outcome: None | str
    card_image_url: None | str
    canonical_course_run_key: None | str
    extra_description: None | str
    additional_information: None | str
    faq: None | str
    learner_testimonials: None | str
    enrollment_count: int
    recent_enrollment_count: int
    topics: list[CatalogTopic]
    key_for_reruns: str
    url_slug_history: list[str]
    url_redirects: list[str]
    course_run_statuses: list[str]
    editors: list[CourseEditor]
    collaborators: list[CourseCollaborator]
    skill_names: list[str]
    skills: list[CatalogSkill]
    organization_short_code_override: str
    organization_logo_override_url: None | str
    product_source: CatalogProductSource
    data_modified_timestamp: datetime.datetime
    watchers: list[str]
    programs: list[CatalogRelatedProgram]
    course_run_keys: list[str]
    editable: bool
    advertised_course_run_uuid: UUID
    original_image: CatalogImage
    video: CatalogVideo | None
    additional_metadata: CourseAdditionalMetadata | None
    geolocation: CatalogGeolocation | None
    location_restriction: CatalogLocationRestriction | None
    in_year_value: CatalogInYearValue | None
    content_last_modified: datetime.datetime | Unset = UNSET
    parent_content_key: None | str | Unset = UNSET
    xapi_activity_id: str | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog_geolocation import CatalogGeolocation
        from ..models.catalog_in_year_value import CatalogInYearValue
        from ..models.catalog_location_restriction import CatalogLocationRestriction
        from ..models.catalog_video import CatalogVideo
        from ..models.course_additional_metadata import CourseAdditionalMetadata

        key = self.key

        uuid = str(self.uuid)

        title = self.title

        course_runs = []
        for course_runs_item_data in self.course_runs:
            course_runs_item = course_runs_item_data.to_dict()
            course_runs.append(course_runs_item)

        enrollment_url: None | str
        enrollment_url = self.enrollment_url

        entitlements = []
        for entitlements_item_data in self.entitlements:
            entitlements_item = entitlements_item_data.to_dict()
            entitlements.append(entitlements_item)

        owners = []
        for owners_item_data in self.owners:
            owners_item = owners_item_data.to_dict()
            owners.append(owners_item)

        image = self.image.to_dict()

        short_description: None | str
        short_description = self.short_description

        type_ = str(self.type_)

        url_slug = self.url_slug

        course_type = self.course_type

        enterprise_subscription_inclusion = self.enterprise_subscription_inclusion

        excluded_from_seo = self.excluded_from_seo

        excluded_from_search = self.excluded_from_search

        full_description: None | str
        full_description = self.full_description

        level_type: None | str
        level_type = self.level_type

        subjects = []
        for subjects_item_data in self.subjects:
            subjects_item = subjects_item_data.to_dict()
            subjects.append(subjects_item)

        prerequisites = []
        for prerequisites_item_data in self.prerequisites:
            prerequisites_item = prerequisites_item_data.to_dict()
            prerequisites.append(prerequisites_item)

        prerequisites_raw: list[Any] | None
        if isinstance(self.prerequisites_raw, list):
            prerequisites_raw = self.prerequisites_raw

        else:
            prerequisites_raw = self.prerequisites_raw

        expected_learning_items = self.expected_learning_items

        sponsors = []
        for sponsors_item_data in self.sponsors:
            sponsors_item = sponsors_item_data.to_dict()
            sponsors.append(sponsors_item)

        modified = self.modified.isoformat()

        marketing_url: None | str
        marketing_url = self.marketing_url

        syllabus_raw: None | str
        syllabus_raw = self.syllabus_raw

        outcome: None | str
        outcome = self.outcome

        card_image_url: None | str
        card_image_url = self.card_image_url

        canonical_course_run_key: None | str
        canonical_course_run_key = self.canonical_course_run_key

        extra_description: None | str
        extra_description = self.extra_description

        additional_information: None | str
        additional_information = self.additional_information

        faq: None | str
        faq = self.faq

        learner_testimonials: None | str
        learner_testimonials = self.learner_testimonials

        enrollment_count = self.enrollment_count

        recent_enrollment_count = self.recent_enrollment_count

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        key_for_reruns = self.key_for_reruns

        url_slug_history = self.url_slug_history

        url_redirects = self.url_redirects

        course_run_statuses = self.course_run_statuses

        editors = []
        for editors_item_data in self.editors:
            editors_item = editors_item_data.to_dict()
            editors.append(editors_item)

        collaborators = []
        for collaborators_item_data in self.collaborators:
            collaborators_item = collaborators_item_data.to_dict()
            collaborators.append(collaborators_item)

        skill_names = self.skill_names

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        organization_short_code_override = self.organization_short_code_override

        organization_logo_override_url: None | str
        organization_logo_override_url = self.organization_logo_override_url

        product_source = self.product_source.to_dict()

        data_modified_timestamp = self.data_modified_timestamp.isoformat()

        watchers = self.watchers

        programs = []
        for programs_item_data in self.programs:
            programs_item = programs_item_data.to_dict()
            programs.append(programs_item)

        course_run_keys = self.course_run_keys

        editable = self.editable

        advertised_course_run_uuid = str(self.advertised_course_run_uuid)

        original_image = self.original_image.to_dict()

        video: dict[str, Any] | None
        if isinstance(self.video, CatalogVideo):
            video = self.video.to_dict()
        else:
            video = self.video

        additional_metadata: dict[str, Any] | None
        if isinstance(self.additional_metadata, CourseAdditionalMetadata):
            additional_metadata = self.additional_metadata.to_dict()
        else:
            additional_metadata = self.additional_metadata

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

        xapi_activity_id = self.xapi_activity_id

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "uuid": uuid,
                "title": title,
                "course_runs": course_runs,
                "enrollment_url": enrollment_url,
                "entitlements": entitlements,
                "owners": owners,
                "image": image,
                "short_description": short_description,
                "type": type_,
                "url_slug": url_slug,
                "course_type": course_type,
                "enterprise_subscription_inclusion": enterprise_subscription_inclusion,
                "excluded_from_seo": excluded_from_seo,
                "excluded_from_search": excluded_from_search,
                "full_description": full_description,
                "level_type": level_type,
                "subjects": subjects,
                "prerequisites": prerequisites,
                "prerequisites_raw": prerequisites_raw,
                "expected_learning_items": expected_learning_items,
                "sponsors": sponsors,
                "modified": modified,
                "marketing_url": marketing_url,
                "syllabus_raw": syllabus_raw,
                "outcome": outcome,
                "card_image_url": card_image_url,
                "canonical_course_run_key": canonical_course_run_key,
                "extra_description": extra_description,
                "additional_information": additional_information,
                "faq": faq,
                "learner_testimonials": learner_testimonials,
                "enrollment_count": enrollment_count,
                "recent_enrollment_count": recent_enrollment_count,
                "topics": topics,
                "key_for_reruns": key_for_reruns,
                "url_slug_history": url_slug_history,
                "url_redirects": url_redirects,
                "course_run_statuses": course_run_statuses,
                "editors": editors,
                "collaborators": collaborators,
                "skill_names": skill_names,
                "skills": skills,
                "organization_short_code_override": organization_short_code_override,
                "organization_logo_override_url": organization_logo_override_url,
                "product_source": product_source,
                "data_modified_timestamp": data_modified_timestamp,
                "watchers": watchers,
                "programs": programs,
                "course_run_keys": course_run_keys,
                "editable": editable,
                "advertised_course_run_uuid": advertised_course_run_uuid,
                "original_image": original_image,
                "video": video,
                "additional_metadata": additional_metadata,
                "geolocation": geolocation,
                "location_restriction": location_restriction,
                "in_year_value": in_year_value,
            }
        )
        if content_last_modified is not UNSET:
            field_dict["content_last_modified"] = content_last_modified
        if parent_content_key is not UNSET:
            field_dict["parent_content_key"] = parent_content_key
        if xapi_activity_id is not UNSET:
            field_dict["xapi_activity_id"] = xapi_activity_id
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_geolocation import CatalogGeolocation
        from ..models.catalog_image import CatalogImage
        from ..models.catalog_in_year_value import CatalogInYearValue
        from ..models.catalog_location_restriction import CatalogLocationRestriction
        from ..models.catalog_organization import CatalogOrganization
        from ..models.catalog_product_source import CatalogProductSource
        from ..models.catalog_related_program import CatalogRelatedProgram
        from ..models.catalog_skill import CatalogSkill
        from ..models.catalog_subject import CatalogSubject
        from ..models.catalog_topic import CatalogTopic
        from ..models.catalog_video import CatalogVideo
        from ..models.course_additional_metadata import CourseAdditionalMetadata
        from ..models.course_collaborator import CourseCollaborator
        from ..models.course_editor import CourseEditor
        from ..models.course_entitlement import CourseEntitlement
        from ..models.course_prerequisite import CoursePrerequisite
        from ..models.course_run import CourseRun

        d = dict(src_dict)
        key = d.pop("key")

        uuid = UUID(d.pop("uuid"))

        title = d.pop("title")

        course_runs = []
        _course_runs = d.pop("course_runs")
        for course_runs_item_data in _course_runs:
            course_runs_item = CourseRun.from_dict(course_runs_item_data)

            course_runs.append(course_runs_item)

        def _parse_enrollment_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        enrollment_url = _parse_enrollment_url(d.pop("enrollment_url"))

        entitlements = []
        _entitlements = d.pop("entitlements")
        for entitlements_item_data in _entitlements:
            entitlements_item = CourseEntitlement.from_dict(entitlements_item_data)

            entitlements.append(entitlements_item)

        owners = []
        _owners = d.pop("owners")
        for owners_item_data in _owners:
            owners_item = CatalogOrganization.from_dict(owners_item_data)

            owners.append(owners_item)

        image = CatalogImage.from_dict(d.pop("image"))

        def _parse_short_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        short_description = _parse_short_description(d.pop("short_description"))

        type_ = UUID(d.pop("type"))

        url_slug = d.pop("url_slug")

        course_type = d.pop("course_type")

        enterprise_subscription_inclusion = d.pop("enterprise_subscription_inclusion")
        if not (isinstance(enterprise_subscription_inclusion, bool)):
            raise TypeError(
                f"enterprise_subscription_inclusion: expected a boolean, got {type(enterprise_subscription_inclusion).__name__}"
            )

        excluded_from_seo = d.pop("excluded_from_seo")
        if not (isinstance(excluded_from_seo, bool)):
            raise TypeError(
                f"excluded_from_seo: expected a boolean, got {type(excluded_from_seo).__name__}"
            )

        excluded_from_search = d.pop("excluded_from_search")
        if not (isinstance(excluded_from_search, bool)):
            raise TypeError(
                f"excluded_from_search: expected a boolean, got {type(excluded_from_search).__name__}"
            )

        def _parse_full_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        full_description = _parse_full_description(d.pop("full_description"))

        def _parse_level_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        level_type = _parse_level_type(d.pop("level_type"))

        subjects = []
        _subjects = d.pop("subjects")
        for subjects_item_data in _subjects:
            subjects_item = CatalogSubject.from_dict(subjects_item_data)

            subjects.append(subjects_item)

        prerequisites = []
        _prerequisites = d.pop("prerequisites")
        for prerequisites_item_data in _prerequisites:
            prerequisites_item = CoursePrerequisite.from_dict(prerequisites_item_data)

            prerequisites.append(prerequisites_item)

        def _parse_prerequisites_raw(data: object) -> list[Any] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prerequisites_raw_type_0 = data

                return prerequisites_raw_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None, data)

        prerequisites_raw = _parse_prerequisites_raw(d.pop("prerequisites_raw"))

        expected_learning_items = cast(list[str], d.pop("expected_learning_items"))

        sponsors = []
        _sponsors = d.pop("sponsors")
        for sponsors_item_data in _sponsors:
            sponsors_item = CatalogOrganization.from_dict(sponsors_item_data)

            sponsors.append(sponsors_item)

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        def _parse_marketing_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        marketing_url = _parse_marketing_url(d.pop("marketing_url"))

        def _parse_syllabus_raw(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        syllabus_raw = _parse_syllabus_raw(d.pop("syllabus_raw"))

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_card_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        card_image_url = _parse_card_image_url(d.pop("card_image_url"))

        def _parse_canonical_course_run_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        canonical_course_run_key = _parse_canonical_course_run_key(
            d.pop("canonical_course_run_key")
        )

        def _parse_extra_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        extra_description = _parse_extra_description(d.pop("extra_description"))

        def _parse_additional_information(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        additional_information = _parse_additional_information(
            d.pop("additional_information")
        )

        def _parse_faq(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        faq = _parse_faq(d.pop("faq"))

        def _parse_learner_testimonials(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        learner_testimonials = _parse_learner_testimonials(
            d.pop("learner_testimonials")
        )

        enrollment_count = d.pop("enrollment_count")
        if not (
            isinstance(enrollment_count, int) and not isinstance(enrollment_count, bool)
        ):
            raise TypeError(
                f"enrollment_count: expected an integer, got {type(enrollment_count).__name__}"
            )

        recent_enrollment_count = d.pop("recent_enrollment_count")
        if not (
            isinstance(recent_enrollment_count, int)
            and not isinstance(recent_enrollment_count, bool)
        ):
            raise TypeError(
                f"recent_enrollment_count: expected an integer, got {type(recent_enrollment_count).__name__}"
            )

        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = CatalogTopic.from_dict(topics_item_data)

            topics.append(topics_item)

        key_for_reruns = d.pop("key_for_reruns")

        url_slug_history = cast(list[str], d.pop("url_slug_history"))

        url_redirects = cast(list[str], d.pop("url_redirects"))

        course_run_statuses = cast(list[str], d.pop("course_run_statuses"))

        editors = []
        _editors = d.pop("editors")
        for editors_item_data in _editors:
            editors_item = CourseEditor.from_dict(editors_item_data)

            editors.append(editors_item)

        collaborators = []
        _collaborators = d.pop("collaborators")
        for collaborators_item_data in _collaborators:
            collaborators_item = CourseCollaborator.from_dict(collaborators_item_data)

            collaborators.append(collaborators_item)

        skill_names = cast(list[str], d.pop("skill_names"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = CatalogSkill.from_dict(skills_item_data)

            skills.append(skills_item)

        organization_short_code_override = d.pop("organization_short_code_override")

        def _parse_organization_logo_override_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_logo_override_url = _parse_organization_logo_override_url(
            d.pop("organization_logo_override_url")
        )

        product_source = CatalogProductSource.from_dict(d.pop("product_source"))

        data_modified_timestamp = datetime.datetime.fromisoformat(
            d.pop("data_modified_timestamp")
        )

        watchers = cast(list[str], d.pop("watchers"))

        programs = []
        _programs = d.pop("programs")
        for programs_item_data in _programs:
            programs_item = CatalogRelatedProgram.from_dict(programs_item_data)

            programs.append(programs_item)

        course_run_keys = cast(list[str], d.pop("course_run_keys"))

        editable = d.pop("editable")
        if not (isinstance(editable, bool)):
            raise TypeError(
                f"editable: expected a boolean, got {type(editable).__name__}"
            )

        advertised_course_run_uuid = UUID(d.pop("advertised_course_run_uuid"))

        original_image = CatalogImage.from_dict(d.pop("original_image"))

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

        def _parse_additional_metadata(data: object) -> CourseAdditionalMetadata | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_metadata_type_0 = CourseAdditionalMetadata.from_dict(data)

                return additional_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseAdditionalMetadata | None, data)

        additional_metadata = _parse_additional_metadata(d.pop("additional_metadata"))

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

        xapi_activity_id = d.pop("xapi_activity_id", UNSET)

        active = d.pop("active", UNSET)
        if not isinstance(active, Unset) and not (isinstance(active, bool)):
            raise TypeError(f"active: expected a boolean, got {type(active).__name__}")

        course = cls(
            key=key,
            uuid=uuid,
            title=title,
            course_runs=course_runs,
            enrollment_url=enrollment_url,
            entitlements=entitlements,
            owners=owners,
            image=image,
            short_description=short_description,
            type_=type_,
            url_slug=url_slug,
            course_type=course_type,
            enterprise_subscription_inclusion=enterprise_subscription_inclusion,
            excluded_from_seo=excluded_from_seo,
            excluded_from_search=excluded_from_search,
            full_description=full_description,
            level_type=level_type,
            subjects=subjects,
            prerequisites=prerequisites,
            prerequisites_raw=prerequisites_raw,
            expected_learning_items=expected_learning_items,
            sponsors=sponsors,
            modified=modified,
            marketing_url=marketing_url,
            syllabus_raw=syllabus_raw,
            outcome=outcome,
            card_image_url=card_image_url,
            canonical_course_run_key=canonical_course_run_key,
            extra_description=extra_description,
            additional_information=additional_information,
            faq=faq,
            learner_testimonials=learner_testimonials,
            enrollment_count=enrollment_count,
            recent_enrollment_count=recent_enrollment_count,
            topics=topics,
            key_for_reruns=key_for_reruns,
            url_slug_history=url_slug_history,
            url_redirects=url_redirects,
            course_run_statuses=course_run_statuses,
            editors=editors,
            collaborators=collaborators,
            skill_names=skill_names,
            skills=skills,
            organization_short_code_override=organization_short_code_override,
            organization_logo_override_url=organization_logo_override_url,
            product_source=product_source,
            data_modified_timestamp=data_modified_timestamp,
            watchers=watchers,
            programs=programs,
            course_run_keys=course_run_keys,
            editable=editable,
            advertised_course_run_uuid=advertised_course_run_uuid,
            original_image=original_image,
            video=video,
            additional_metadata=additional_metadata,
            geolocation=geolocation,
            location_restriction=location_restriction,
            in_year_value=in_year_value,
            content_last_modified=content_last_modified,
            parent_content_key=parent_content_key,
            xapi_activity_id=xapi_activity_id,
            active=active,
        )

        course.additional_properties = d
        return course

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
