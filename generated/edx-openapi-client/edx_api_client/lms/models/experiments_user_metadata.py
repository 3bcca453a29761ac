from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experiments_user_metadata_pacing_type import (
    ExperimentsUserMetadataPacingType,
)

if TYPE_CHECKING:
    from ..models.experiments_user_metadata_course_key_fields import (
        ExperimentsUserMetadataCourseKeyFields,
    )
    from ..models.experiments_user_metadata_partition_groups import (
        ExperimentsUserMetadataPartitionGroups,
    )
    from ..models.experiments_user_metadata_program import (
        ExperimentsUserMetadataProgram,
    )


T = TypeVar("T", bound="ExperimentsUserMetadata")


@_attrs_define
class ExperimentsUserMetadata:
    """What the platform knows of a user in a course for experiments: identity, enrollment, upgrade offer, pacing and
    access dates, roles and partition groups, and the course's first program when program information is switched on.

        Attributes:
            username (str): The user's username.
            user_id (int): The user's LMS id.
            email (str): The user's email address.
            course_id (str): The course's key.
            course_display_name (str): The course's display name.
            enrollment_mode (None | str): The mode of the user's active enrollment; null when not actively enrolled.
            upgrade_link (None | str): Where the user can upgrade to the verified track; null when no upgrade is offered.
            upgrade_price (str): The verified track's display price.
            pacing_type (ExperimentsUserMetadataPacingType): How the course is paced.
            has_staff_access (bool): Whether the user may preview the course as staff.
            forum_roles (list[list[str]]): The user's discussion roles in the course, each a one-item list holding the
                role's name.
            partition_groups (ExperimentsUserMetadataPartitionGroups): The user's group in each of the course's user
                partitions, keyed by partition name.
            has_non_audit_enrollments (bool): Whether the user has any enrollment beyond the upsell-to-verified modes, or
                any entitlement.
            program_key_fields (ExperimentsUserMetadataProgram | None): The first program the course belongs to, with the
                user's standing in it; null unless program information is switched on and the course is in a program.
            course_duration (float | None): How long the user has access to the course, in seconds; null when access is not
                limited.
            schedule_start (datetime.datetime | None): When the user's schedule in the course starts.
            enrollment_time (datetime.datetime | None): When the user enrolled; null when not actively enrolled.
            course_start (datetime.datetime | None): When the course starts.
            course_end (datetime.datetime | None): When the course ends.
            dynamic_upgrade_deadline (datetime.datetime | None): The user's own upgrade deadline.
            course_upgrade_deadline (datetime.datetime | None): The course's upgrade deadline.
            audit_access_deadline (datetime.datetime | None): When the user's audit access expires; null when access is not
                limited.
            course_key_fields (ExperimentsUserMetadataCourseKeyFields): The parts of the course key.
    """

    username: str
    user_id: int
    email: str
    course_id: str
    course_display_name: str
    enrollment_mode: None | str
    upgrade_link: None | str
    upgrade_price: str
    pacing_type: ExperimentsUserMetadataPacingType
    has_staff_access: bool
    forum_roles: list[list[str]]
    partition_groups: ExperimentsUserMetadataPartitionGroups
    has_non_audit_enrollments: bool
    program_key_fields: ExperimentsUserMetadataProgram | None
    course_duration: float | None
    schedule_start: datetime.datetime | None
    enrollment_time: datetime.datetime | None
    course_start: datetime.datetime | None
    course_end: datetime.datetime | None
    dynamic_upgrade_deadline: datetime.datetime | None
    course_upgrade_deadline: datetime.datetime | None
    audit_access_deadline: datetime.datetime | None
    course_key_fields: ExperimentsUserMetadataCourseKeyFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.experiments_user_metadata_program import (
            ExperimentsUserMetadataProgram,
        )

        username = self.username

        user_id = self.user_id

        email = self.email

        course_id = self.course_id

        course_display_name = self.course_display_name

        enrollment_mode: None | str
        enrollment_mode = self.enrollment_mode

        upgrade_link: None | str
        upgrade_link = self.upgrade_link

        upgrade_price = self.upgrade_price

        pacing_type = self.pacing_type.value

        has_staff_access = self.has_staff_access

        forum_roles = []
        for forum_roles_item_data in self.forum_roles:
            forum_roles_item = forum_roles_item_data

            forum_roles.append(forum_roles_item)

        partition_groups = self.partition_groups.to_dict()

        has_non_audit_enrollments = self.has_non_audit_enrollments

        program_key_fields: dict[str, Any] | None
        if isinstance(self.program_key_fields, ExperimentsUserMetadataProgram):
            program_key_fields = self.program_key_fields.to_dict()
        else:
            program_key_fields = self.program_key_fields

        course_duration: float | None
        course_duration = self.course_duration

        schedule_start: None | str
        if isinstance(self.schedule_start, datetime.datetime):
            schedule_start = self.schedule_start.isoformat()
        else:
            schedule_start = self.schedule_start

        enrollment_time: None | str
        if isinstance(self.enrollment_time, datetime.datetime):
            enrollment_time = self.enrollment_time.isoformat()
        else:
            enrollment_time = self.enrollment_time

        course_start: None | str
        if isinstance(self.course_start, datetime.datetime):
            course_start = self.course_start.isoformat()
        else:
            course_start = self.course_start

        course_end: None | str
        if isinstance(self.course_end, datetime.datetime):
            course_end = self.course_end.isoformat()
        else:
            course_end = self.course_end

        dynamic_upgrade_deadline: None | str
        if isinstance(self.dynamic_upgrade_deadline, datetime.datetime):
            dynamic_upgrade_deadline = self.dynamic_upgrade_deadline.isoformat()
        else:
            dynamic_upgrade_deadline = self.dynamic_upgrade_deadline

        course_upgrade_deadline: None | str
        if isinstance(self.course_upgrade_deadline, datetime.datetime):
            course_upgrade_deadline = self.course_upgrade_deadline.isoformat()
        else:
            course_upgrade_deadline = self.course_upgrade_deadline

        audit_access_deadline: None | str
        if isinstance(self.audit_access_deadline, datetime.datetime):
            audit_access_deadline = self.audit_access_deadline.isoformat()
        else:
            audit_access_deadline = self.audit_access_deadline

        course_key_fields = self.course_key_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "user_id": user_id,
                "email": email,
                "course_id": course_id,
                "course_display_name": course_display_name,
                "enrollment_mode": enrollment_mode,
                "upgrade_link": upgrade_link,
                "upgrade_price": upgrade_price,
                "pacing_type": pacing_type,
                "has_staff_access": has_staff_access,
                "forum_roles": forum_roles,
                "partition_groups": partition_groups,
                "has_non_audit_enrollments": has_non_audit_enrollments,
                "program_key_fields": program_key_fields,
                "course_duration": course_duration,
                "schedule_start": schedule_start,
                "enrollment_time": enrollment_time,
                "course_start": course_start,
                "course_end": course_end,
                "dynamic_upgrade_deadline": dynamic_upgrade_deadline,
                "course_upgrade_deadline": course_upgrade_deadline,
                "audit_access_deadline": audit_access_deadline,
                "course_key_fields": course_key_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.experiments_user_metadata_course_key_fields import (
            ExperimentsUserMetadataCourseKeyFields,
        )
        from ..models.experiments_user_metadata_partition_groups import (
            ExperimentsUserMetadataPartitionGroups,
        )
        from ..models.experiments_user_metadata_program import (
            ExperimentsUserMetadataProgram,
        )

        d = dict(src_dict)
        username = d.pop("username")

        user_id = d.pop("user_id")
        if not (isinstance(user_id, int) and not isinstance(user_id, bool)):
            raise TypeError(
                f"user_id: expected an integer, got {type(user_id).__name__}"
            )

        email = d.pop("email")

        course_id = d.pop("course_id")

        course_display_name = d.pop("course_display_name")

        def _parse_enrollment_mode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        enrollment_mode = _parse_enrollment_mode(d.pop("enrollment_mode"))

        def _parse_upgrade_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        upgrade_link = _parse_upgrade_link(d.pop("upgrade_link"))

        upgrade_price = d.pop("upgrade_price")

        pacing_type = ExperimentsUserMetadataPacingType(d.pop("pacing_type"))

        has_staff_access = d.pop("has_staff_access")
        if not (isinstance(has_staff_access, bool)):
            raise TypeError(
                f"has_staff_access: expected a boolean, got {type(has_staff_access).__name__}"
            )

        forum_roles = []
        _forum_roles = d.pop("forum_roles")
        for forum_roles_item_data in _forum_roles:
            forum_roles_item = cast(list[str], forum_roles_item_data)

            forum_roles.append(forum_roles_item)

        partition_groups = ExperimentsUserMetadataPartitionGroups.from_dict(
            d.pop("partition_groups")
        )

        has_non_audit_enrollments = d.pop("has_non_audit_enrollments")
        if not (isinstance(has_non_audit_enrollments, bool)):
            raise TypeError(
                f"has_non_audit_enrollments: expected a boolean, got {type(has_non_audit_enrollments).__name__}"
            )

        def _parse_program_key_fields(
            data: object,
        ) -> ExperimentsUserMetadataProgram | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                program_key_fields_type_0 = ExperimentsUserMetadataProgram.from_dict(
                    data
                )

                return program_key_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExperimentsUserMetadataProgram | None, data)

        program_key_fields = _parse_program_key_fields(d.pop("program_key_fields"))

        def _parse_course_duration(data: object) -> float | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                course_duration_type_0 = data
                if not (
                    isinstance(course_duration_type_0, (int, float))
                    and not isinstance(course_duration_type_0, bool)
                ):
                    raise TypeError(
                        f"course_duration_type_0: expected a number, got {type(course_duration_type_0).__name__}"
                    )

                return course_duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None, data)

        course_duration = _parse_course_duration(d.pop("course_duration"))

        def _parse_schedule_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                schedule_start_type_0 = datetime.datetime.fromisoformat(data)

                return schedule_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        schedule_start = _parse_schedule_start(d.pop("schedule_start"))

        def _parse_enrollment_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_time_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        enrollment_time = _parse_enrollment_time(d.pop("enrollment_time"))

        def _parse_course_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_start_type_0 = datetime.datetime.fromisoformat(data)

                return course_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        course_start = _parse_course_start(d.pop("course_start"))

        def _parse_course_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_end_type_0 = datetime.datetime.fromisoformat(data)

                return course_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        course_end = _parse_course_end(d.pop("course_end"))

        def _parse_dynamic_upgrade_deadline(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dynamic_upgrade_deadline_type_0 = datetime.datetime.fromisoformat(data)

                return dynamic_upgrade_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        dynamic_upgrade_deadline = _parse_dynamic_upgrade_deadline(
            d.pop("dynamic_upgrade_deadline")
        )

        def _parse_course_upgrade_deadline(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_upgrade_deadline_type_0 = datetime.datetime.fromisoformat(data)

                return course_upgrade_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        course_upgrade_deadline = _parse_course_upgrade_deadline(
            d.pop("course_upgrade_deadline")
        )

        def _parse_audit_access_deadline(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                audit_access_deadline_type_0 = datetime.datetime.fromisoformat(data)

                return audit_access_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        audit_access_deadline = _parse_audit_access_deadline(
            d.pop("audit_access_deadline")
        )

        course_key_fields = ExperimentsUserMetadataCourseKeyFields.from_dict(
            d.pop("course_key_fields")
        )

        experiments_user_metadata = cls(
            username=username,
            user_id=user_id,
            email=email,
            course_id=course_id,
            course_display_name=course_display_name,
            enrollment_mode=enrollment_mode,
            upgrade_link=upgrade_link,
            upgrade_price=upgrade_price,
            pacing_type=pacing_type,
            has_staff_access=has_staff_access,
            forum_roles=forum_roles,
            partition_groups=partition_groups,
            has_non_audit_enrollments=has_non_audit_enrollments,
            program_key_fields=program_key_fields,
            course_duration=course_duration,
            schedule_start=schedule_start,
            enrollment_time=enrollment_time,
            course_start=course_start,
            course_end=course_end,
            dynamic_upgrade_deadline=dynamic_upgrade_deadline,
            course_upgrade_deadline=course_upgrade_deadline,
            audit_access_deadline=audit_access_deadline,
            course_key_fields=course_key_fields,
        )

        experiments_user_metadata.additional_properties = d
        return experiments_user_metadata

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
