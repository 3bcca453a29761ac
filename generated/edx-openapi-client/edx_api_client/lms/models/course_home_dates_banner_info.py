from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeDatesBannerInfo")


@_attrs_define
class CourseHomeDatesBannerInfo:
    """The data for the banner about missed deadlines and gated content.

    Attributes:
        content_type_gating_enabled (bool | Unset): Whether content type gating is enabled for this enrollment.
        missed_deadlines (bool | Unset): Whether the user missed any graded content deadline in the course.
        missed_gated_content (bool | Unset): Whether the user missed any gated content in the course.
        verified_upgrade_link (str | Unset): The link for upgrading to the verified track of the course.
    """

    content_type_gating_enabled: bool | Unset = UNSET
    missed_deadlines: bool | Unset = UNSET
    missed_gated_content: bool | Unset = UNSET
    verified_upgrade_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type_gating_enabled = self.content_type_gating_enabled

        missed_deadlines = self.missed_deadlines

        missed_gated_content = self.missed_gated_content

        verified_upgrade_link = self.verified_upgrade_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type_gating_enabled is not UNSET:
            field_dict["content_type_gating_enabled"] = content_type_gating_enabled
        if missed_deadlines is not UNSET:
            field_dict["missed_deadlines"] = missed_deadlines
        if missed_gated_content is not UNSET:
            field_dict["missed_gated_content"] = missed_gated_content
        if verified_upgrade_link is not UNSET:
            field_dict["verified_upgrade_link"] = verified_upgrade_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type_gating_enabled = d.pop("content_type_gating_enabled", UNSET)
        if not isinstance(content_type_gating_enabled, Unset) and not (
            isinstance(content_type_gating_enabled, bool)
        ):
            raise TypeError(
                f"content_type_gating_enabled: expected a boolean, got {type(content_type_gating_enabled).__name__}"
            )

        missed_deadlines = d.pop("missed_deadlines", UNSET)
        if not isinstance(missed_deadlines, Unset) and not (
            isinstance(missed_deadlines, bool)
        ):
            raise TypeError(
                f"missed_deadlines: expected a boolean, got {type(missed_deadlines).__name__}"
            )

        missed_gated_content = d.pop("missed_gated_content", UNSET)
        if not isinstance(missed_gated_content, Unset) and not (
            isinstance(missed_gated_content, bool)
        ):
            raise TypeError(
                f"missed_gated_content: expected a boolean, got {type(missed_gated_content).__name__}"
            )

        verified_upgrade_link = d.pop("verified_upgrade_link", UNSET)

        course_home_dates_banner_info = cls(
            content_type_gating_enabled=content_type_gating_enabled,
            missed_deadlines=missed_deadlines,
            missed_gated_content=missed_gated_content,
            verified_upgrade_link=verified_upgrade_link,
        )

        course_home_dates_banner_info.additional_properties = d
        return course_home_dates_banner_info

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
