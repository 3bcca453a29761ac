from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseLiveIframe")


@_attrs_define
class CourseLiveIframe:
    """The course's live iframe; when live is not enabled for the course, a message saying so instead.

    Attributes:
        iframe (str | Unset): The HTML of the course's live tab, an iframe element.
        developer_message (str | Unset): Present, alone, when live is not enabled for the course.
    """

    iframe: str | Unset = UNSET
    developer_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iframe = self.iframe

        developer_message = self.developer_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if iframe is not UNSET:
            field_dict["iframe"] = iframe
        if developer_message is not UNSET:
            field_dict["developer_message"] = developer_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        iframe = d.pop("iframe", UNSET)

        developer_message = d.pop("developer_message", UNSET)

        course_live_iframe = cls(
            iframe=iframe,
            developer_message=developer_message,
        )

        course_live_iframe.additional_properties = d
        return course_live_iframe

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
