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
        short_description (str): A brief summary of the course and what it covers.
        full_description (str): The complete description of the course and what it covers.
        level_type (str): How difficult the course is, as the level's display name (the example sends "Introductory";
            the doc's table lists the levels high school, introductory, intermediate and advanced in lower snake case).
        subjects (list[CatalogSubject]): The academic subjects the course belongs to.
        prerequisites (list[CatalogPrerequisite]): Courses that a learner has to finish before enrolling in this one.
        expected_learning_items (list[Any]): What a learner is expected to learn. The doc describes this field only as
            "TBA" and does not document the type of its items.
        image (list[CatalogImage]): The image shown on the course About page.
        video (list[CatalogVideo]): The video shown on the course About page.
        owners (list[CatalogOrganization]): The institutions that offer the course.
        sponsors (list[CatalogOrganization]): The corporate sponsors of the course.
        modified (datetime.datetime): When the course was last changed.
        course_runs (list[CatalogCourseRun]): The individual runs (offerings) of the course.
        marketing_url (str): Address of the course About page.
    """

    key: str
    title: str
    short_description: str
    full_description: str
    level_type: str
    subjects: list[CatalogSubject]
    prerequisites: list[CatalogPrerequisite]
    expected_learning_items: list[Any]
    image: list[CatalogImage]
    video: list[CatalogVideo]
    owners: list[CatalogOrganization]
    sponsors: list[CatalogOrganization]
    modified: datetime.datetime
    course_runs: list[CatalogCourseRun]
    marketing_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        short_description = self.short_description

        full_description = self.full_description

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

        image = []
        for image_item_data in self.image:
            image_item = image_item_data.to_dict()
            image.append(image_item)

        video = []
        for video_item_data in self.video:
            video_item = video_item_data.to_dict()
            video.append(video_item)

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

        marketing_url = self.marketing_url

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
                "image": image,
                "video": video,
                "owners": owners,
                "sponsors": sponsors,
                "modified": modified,
                "course_runs": course_runs,
                "marketing_url": marketing_url,
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

        short_description = d.pop("short_description")

        full_description = d.pop("full_description")

        level_type = d.pop("level_type")

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

        image = []
        _image = d.pop("image")
        for image_item_data in _image:
            image_item = CatalogImage.from_dict(image_item_data)

            image.append(image_item)

        video = []
        _video = d.pop("video")
        for video_item_data in _video:
            video_item = CatalogVideo.from_dict(video_item_data)

            video.append(video_item)

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

        marketing_url = d.pop("marketing_url")

        catalog_course = cls(
            key=key,
            title=title,
            short_description=short_description,
            full_description=full_description,
            level_type=level_type,
            subjects=subjects,
            prerequisites=prerequisites,
            expected_learning_items=expected_learning_items,
            image=image,
            video=video,
            owners=owners,
            sponsors=sponsors,
            modified=modified,
            course_runs=course_runs,
            marketing_url=marketing_url,
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
