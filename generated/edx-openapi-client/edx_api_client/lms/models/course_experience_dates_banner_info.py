from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseExperienceDatesBannerInfo")


@_attrs_define
class CourseExperienceDatesBannerInfo:
    """The data for the banner about missed deadlines and gated content.

    Attributes:
        content_type_gating_enabled (bool): Whether content type gating is enabled for this enrollment.
        missed_deadlines (bool): Whether the user missed any graded content deadline in the course.
        missed_gated_content (bool): Whether the user missed any gated content in the course.
        verified_upgrade_link (str): The URL of the ecommerce service for buying the verified upgrade.
    """

    content_type_gating_enabled: bool
    missed_deadlines: bool
    missed_gated_content: bool
    verified_upgrade_link: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type_gating_enabled = self.content_type_gating_enabled

        missed_deadlines = self.missed_deadlines

        missed_gated_content = self.missed_gated_content

        verified_upgrade_link = self.verified_upgrade_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type_gating_enabled": content_type_gating_enabled,
                "missed_deadlines": missed_deadlines,
                "missed_gated_content": missed_gated_content,
                "verified_upgrade_link": verified_upgrade_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type_gating_enabled = d.pop("content_type_gating_enabled")
        if not (isinstance(content_type_gating_enabled, bool)):
            raise TypeError(
                f"content_type_gating_enabled: expected a boolean, got {type(content_type_gating_enabled).__name__}"
            )

        missed_deadlines = d.pop("missed_deadlines")
        if not (isinstance(missed_deadlines, bool)):
            raise TypeError(
                f"missed_deadlines: expected a boolean, got {type(missed_deadlines).__name__}"
            )

        missed_gated_content = d.pop("missed_gated_content")
        if not (isinstance(missed_gated_content, bool)):
            raise TypeError(
                f"missed_gated_content: expected a boolean, got {type(missed_gated_content).__name__}"
            )

        verified_upgrade_link = d.pop("verified_upgrade_link")

        course_experience_dates_banner_info = cls(
            content_type_gating_enabled=content_type_gating_enabled,
            missed_deadlines=missed_deadlines,
            missed_gated_content=missed_gated_content,
            verified_upgrade_link=verified_upgrade_link,
        )

        course_experience_dates_banner_info.additional_properties = d
        return course_experience_dates_banner_info

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
