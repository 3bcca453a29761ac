from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EdxProctoringOnboardingStatus")


@_attrs_define
class EdxProctoringOnboardingStatus:
    """A learner's onboarding status in a course.

    Attributes:
        onboarding_status (None | str): The status of the learner's onboarding attempt (an attempt status), or null
            without one.
        onboarding_link (None | str): Where the onboarding exam is, while it is open to the learner.
        expiration_date (None | str): When an onboarding approved in another course expires, if that is what counts.
        onboarding_past_due (bool): Whether every onboarding exam of the course is past its due date.
        onboarding_release_date (datetime.datetime): When the onboarding exam opens to the learner.
        review_requirements_url (None | str): The proctoring service's help article on review requirements.
    """

    onboarding_status: None | str
    onboarding_link: None | str
    expiration_date: None | str
    onboarding_past_due: bool
    onboarding_release_date: datetime.datetime
    review_requirements_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        onboarding_status: None | str
        onboarding_status = self.onboarding_status

        onboarding_link: None | str
        onboarding_link = self.onboarding_link

        expiration_date: None | str
        expiration_date = self.expiration_date

        onboarding_past_due = self.onboarding_past_due

        onboarding_release_date = self.onboarding_release_date.isoformat()

        review_requirements_url: None | str
        review_requirements_url = self.review_requirements_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "onboarding_status": onboarding_status,
                "onboarding_link": onboarding_link,
                "expiration_date": expiration_date,
                "onboarding_past_due": onboarding_past_due,
                "onboarding_release_date": onboarding_release_date,
                "review_requirements_url": review_requirements_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_onboarding_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        onboarding_status = _parse_onboarding_status(d.pop("onboarding_status"))

        def _parse_onboarding_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        onboarding_link = _parse_onboarding_link(d.pop("onboarding_link"))

        def _parse_expiration_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date"))

        onboarding_past_due = d.pop("onboarding_past_due")
        if not (isinstance(onboarding_past_due, bool)):
            raise TypeError(
                f"onboarding_past_due: expected a boolean, got {type(onboarding_past_due).__name__}"
            )

        onboarding_release_date = datetime.datetime.fromisoformat(
            d.pop("onboarding_release_date")
        )

        def _parse_review_requirements_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_requirements_url = _parse_review_requirements_url(
            d.pop("review_requirements_url")
        )

        edx_proctoring_onboarding_status = cls(
            onboarding_status=onboarding_status,
            onboarding_link=onboarding_link,
            expiration_date=expiration_date,
            onboarding_past_due=onboarding_past_due,
            onboarding_release_date=onboarding_release_date,
            review_requirements_url=review_requirements_url,
        )

        edx_proctoring_onboarding_status.additional_properties = d
        return edx_proctoring_onboarding_status

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
