from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MobileCourseAccess")


@_attrs_define
class MobileCourseAccess:
    """The result of the check whether the user may load the course on mobile.

    Attributes:
        has_access (bool): Whether the user may load the course.
        error_code (None | str): Why access is denied (such as `course_not_started` or `mobile_unavailable`), or null.
        developer_message (None | str): An explanation for developers, or null.
        user_message (None | str): A message for the user, or null.
        additional_context_user_message (None | str): A message for the user that names the course, or null.
        user_fragment (Any): An HTML fragment to show the user when access is denied; null in practice.
    """

    has_access: bool
    error_code: None | str
    developer_message: None | str
    user_message: None | str
    additional_context_user_message: None | str
    user_fragment: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_access = self.has_access

        error_code: None | str
        error_code = self.error_code

        developer_message: None | str
        developer_message = self.developer_message

        user_message: None | str
        user_message = self.user_message

        additional_context_user_message: None | str
        additional_context_user_message = self.additional_context_user_message

        user_fragment = self.user_fragment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_access": has_access,
                "error_code": error_code,
                "developer_message": developer_message,
                "user_message": user_message,
                "additional_context_user_message": additional_context_user_message,
                "user_fragment": user_fragment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_access = d.pop("has_access")
        if not (isinstance(has_access, bool)):
            raise TypeError(
                f"has_access: expected a boolean, got {type(has_access).__name__}"
            )

        def _parse_error_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_code = _parse_error_code(d.pop("error_code"))

        def _parse_developer_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        developer_message = _parse_developer_message(d.pop("developer_message"))

        def _parse_user_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_message = _parse_user_message(d.pop("user_message"))

        def _parse_additional_context_user_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        additional_context_user_message = _parse_additional_context_user_message(
            d.pop("additional_context_user_message")
        )

        user_fragment = d.pop("user_fragment")

        mobile_course_access = cls(
            has_access=has_access,
            error_code=error_code,
            developer_message=developer_message,
            user_message=user_message,
            additional_context_user_message=additional_context_user_message,
            user_fragment=user_fragment,
        )

        mobile_course_access.additional_properties = d
        return mobile_course_access

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
