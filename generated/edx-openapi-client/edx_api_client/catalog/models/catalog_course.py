from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalog_course_run import CatalogCourseRun
    from ..models.catalog_image import CatalogImage
    from ..models.catalog_organization import CatalogOrganization
    from ..models.catalog_prerequisite import CatalogPrerequisite
    from ..models.catalog_subject import CatalogSubject
    from ..models.catalog_video import CatalogVideo


T = TypeVar("T", bound="CatalogCourse")


@_attrs_define
class CatalogCourse:
    """A course in a catalog, with the media and organizations that present it and the runs in which it is offered.

    Attributes:
        key (str): Unique identifier of the course.
        title (str): The course title.
        short_description (None | str): A brief summary of the course and what it covers.
        full_description (None | str): The complete description of the course and what it covers.
        level_type (None | str): How difficult the course is, as the level's display name, such as "Introductory". The
            levels are high school, introductory, intermediate and advanced.
        subjects (list[CatalogSubject]): The academic subjects the course belongs to.
        prerequisites (list[CatalogPrerequisite]): Courses that a learner has to finish before enrolling in this one.
        expected_learning_items (list[Any]): What a learner is expected to learn.
        owners (list[CatalogOrganization]): The institutions that offer the course.
        sponsors (list[CatalogOrganization]): The corporate sponsors of the course.
        modified (datetime.datetime): When the course was last changed.
        course_runs (list[CatalogCourseRun]): The individual runs (offerings) of the course.
        marketing_url (None | str): Address of the course About page.
        image (CatalogImage): An image. The same shape is used for a course or course run `image`, an organization
            `logo_image`, a person `profile_image` and a video `image`.
        video (CatalogVideo | None): The course's video, or null.
    """

    key: str
    title: str
    short_description: None | str
    full_description: None | str
    level_type: None | str
    subjects: list[CatalogSubject]
    prerequisites: list[CatalogPrerequisite]
    expected_learning_items: list[Any]
    owners: list[CatalogOrganization]
    sponsors: list[CatalogOrganization]
    modified: datetime.datetime
    course_runs: list[CatalogCourseRun]
    marketing_url: None | str
    image: CatalogImage
    video: CatalogVideo | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog_video import CatalogVideo

        key = self.key

        title = self.title

        short_description: None | str
        short_description = self.short_description

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

        expected_learning_items = self.expected_learning_items

        owners = []
        for owners_item_data in self.owners:
            owners_item = owners_item_data.to_dict()
            owners.append(owners_item)

        sponsors = []
        for sponsors_item_data in self.sponsors:
            sponsors_item = sponsors_item_data.to_dict()
            sponsors.append(sponsors_item)

        modified = self.modified.isoformat()

        course_runs = []
        for course_runs_item_data in self.course_runs:
            course_runs_item = course_runs_item_data.to_dict()
            course_runs.append(course_runs_item)

        marketing_url: None | str
        marketing_url = self.marketing_url

        image = self.image.to_dict()

        video: dict[str, Any] | None
        if isinstance(self.video, CatalogVideo):
            video = self.video.to_dict()
        else:
            video = self.video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
                "short_description": short_description,
                "full_description": full_description,
                "level_type": level_type,
                "subjects": subjects,
                "prerequisites": prerequisites,
                "expected_learning_items": expected_learning_items,
                "owners": owners,
                "sponsors": sponsors,
                "modified": modified,
                "course_runs": course_runs,
                "marketing_url": marketing_url,
                "image": image,
                "video": video,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_course_run import CatalogCourseRun
        from ..models.catalog_image import CatalogImage
        from ..models.catalog_organization import CatalogOrganization
        from ..models.catalog_prerequisite import CatalogPrerequisite
        from ..models.catalog_subject import CatalogSubject
        from ..models.catalog_video import CatalogVideo

        d = dict(src_dict)
        key = d.pop("key")

        title = d.pop("title")

        def _parse_short_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        short_description = _parse_short_description(d.pop("short_description"))

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
            prerequisites_item = CatalogPrerequisite.from_dict(prerequisites_item_data)

            prerequisites.append(prerequisites_item)

        expected_learning_items = cast(list[Any], d.pop("expected_learning_items"))

        owners = []
        _owners = d.pop("owners")
        for owners_item_data in _owners:
            owners_item = CatalogOrganization.from_dict(owners_item_data)

            owners.append(owners_item)

        sponsors = []
        _sponsors = d.pop("sponsors")
        for sponsors_item_data in _sponsors:
            sponsors_item = CatalogOrganization.from_dict(sponsors_item_data)

            sponsors.append(sponsors_item)

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        course_runs = []
        _course_runs = d.pop("course_runs")
        for course_runs_item_data in _course_runs:
            course_runs_item = CatalogCourseRun.from_dict(course_runs_item_data)

            course_runs.append(course_runs_item)

        def _parse_marketing_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        marketing_url = _parse_marketing_url(d.pop("marketing_url"))

        image = CatalogImage.from_dict(d.pop("image"))

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

        catalog_course = cls(
            key=key,
            title=title,
            short_description=short_description,
            full_description=full_description,
            level_type=level_type,
            subjects=subjects,
            prerequisites=prerequisites,
            expected_learning_items=expected_learning_items,
            owners=owners,
            sponsors=sponsors,
            modified=modified,
            course_runs=course_runs,
            marketing_url=marketing_url,
            image=image,
            video=video,
        )

        catalog_course.additional_properties = d
        return catalog_course

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
