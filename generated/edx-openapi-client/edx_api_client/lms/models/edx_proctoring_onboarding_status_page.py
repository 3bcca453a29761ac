from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.edx_proctoring_learner_onboarding import (
        EdxProctoringLearnerOnboarding,
    )


T = TypeVar("T", bound="EdxProctoringOnboardingStatusPage")


@_attrs_define
class EdxProctoringOnboardingStatusPage:
    """A page of learners' onboarding statuses. The plugin pages the list itself with Django's paginator: `next` and
    `previous` are paths on the LMS, not absolute URLs, so the shared page envelopes do not apply.

        Attributes:
            count (int):
            previous (None | str):
            next_ (None | str):
            num_pages (int):
            results (list[EdxProctoringLearnerOnboarding]):
            use_onboarding_profile_api (bool): Whether the statuses come from the proctoring service's onboarding API.
    """

    count: int
    previous: None | str
    next_: None | str
    num_pages: int
    results: list[EdxProctoringLearnerOnboarding]
    use_onboarding_profile_api: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        previous: None | str
        previous = self.previous

        next_: None | str
        next_ = self.next_

        num_pages = self.num_pages

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        use_onboarding_profile_api = self.use_onboarding_profile_api

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "previous": previous,
                "next": next_,
                "num_pages": num_pages,
                "results": results,
                "use_onboarding_profile_api": use_onboarding_profile_api,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edx_proctoring_learner_onboarding import (
            EdxProctoringLearnerOnboarding,
        )

        d = dict(src_dict)
        count = d.pop("count")
        if not (isinstance(count, int) and not isinstance(count, bool)):
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        num_pages = d.pop("num_pages")
        if not (isinstance(num_pages, int) and not isinstance(num_pages, bool)):
            raise TypeError(
                f"num_pages: expected an integer, got {type(num_pages).__name__}"
            )

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = EdxProctoringLearnerOnboarding.from_dict(results_item_data)

            results.append(results_item)

        use_onboarding_profile_api = d.pop("use_onboarding_profile_api")
        if not (isinstance(use_onboarding_profile_api, bool)):
            raise TypeError(
                f"use_onboarding_profile_api: expected a boolean, got {type(use_onboarding_profile_api).__name__}"
            )

        edx_proctoring_onboarding_status_page = cls(
            count=count,
            previous=previous,
            next_=next_,
            num_pages=num_pages,
            results=results,
            use_onboarding_profile_api=use_onboarding_profile_api,
        )

        edx_proctoring_onboarding_status_page.additional_properties = d
        return edx_proctoring_onboarding_status_page

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
