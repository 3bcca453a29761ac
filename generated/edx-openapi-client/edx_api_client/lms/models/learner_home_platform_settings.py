from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerHomePlatformSettings")


@_attrs_define
class LearnerHomePlatformSettings:
    """Contact addresses and the course search page of the platform.

    Attributes:
        support_email (str): The address learners write to for support (the feedback address).
        billing_email (str): The address learners write to about payments.
        course_search_url (str): Where courses are searched: the marketing site's course page or the catalog MFE's.
    """

    support_email: str
    billing_email: str
    course_search_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        support_email = self.support_email

        billing_email = self.billing_email

        course_search_url = self.course_search_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supportEmail": support_email,
                "billingEmail": billing_email,
                "courseSearchUrl": course_search_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        support_email = d.pop("supportEmail")

        billing_email = d.pop("billingEmail")

        course_search_url = d.pop("courseSearchUrl")

        learner_home_platform_settings = cls(
            support_email=support_email,
            billing_email=billing_email,
            course_search_url=course_search_url,
        )

        learner_home_platform_settings.additional_properties = d
        return learner_home_platform_settings

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
