from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learner_home_course_card import LearnerHomeCourseCard
    from ..models.learner_home_email_confirmation import LearnerHomeEmailConfirmation
    from ..models.learner_home_enterprise_dashboard import (
        LearnerHomeEnterpriseDashboard,
    )
    from ..models.learner_home_platform_settings import LearnerHomePlatformSettings
    from ..models.learner_home_social_share_settings import (
        LearnerHomeSocialShareSettings,
    )
    from ..models.learner_home_suggested_course import LearnerHomeSuggestedCourse


T = TypeVar("T", bound="LearnerHomeInit")


@_attrs_define
class LearnerHomeInit:
    """Everything the learner home page is drawn from.

    Attributes:
        email_confirmation (LearnerHomeEmailConfirmation): Whether the user still has to confirm their email address,
            and where to ask for the activation email again.
        enterprise_dashboard (LearnerHomeEnterpriseDashboard | None): The enterprise learner portal the user belongs to;
            null when the user is not an enterprise learner.
        platform_settings (LearnerHomePlatformSettings): Contact addresses and the course search page of the platform.
        courses (list[LearnerHomeCourseCard]): One card per enrollment (newest first), then one per entitlement not yet
            used to enroll in a run.
        social_share_settings (LearnerHomeSocialShareSettings): The site's social sharing settings, per network.
        suggested_courses (list[LearnerHomeSuggestedCourse]): Courses suggested to the learner, from the site's general
            recommendations.
    """

    email_confirmation: LearnerHomeEmailConfirmation
    enterprise_dashboard: LearnerHomeEnterpriseDashboard | None
    platform_settings: LearnerHomePlatformSettings
    courses: list[LearnerHomeCourseCard]
    social_share_settings: LearnerHomeSocialShareSettings
    suggested_courses: list[LearnerHomeSuggestedCourse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.learner_home_enterprise_dashboard import (
            LearnerHomeEnterpriseDashboard,
        )

        email_confirmation = self.email_confirmation.to_dict()

        enterprise_dashboard: dict[str, Any] | None
        if isinstance(self.enterprise_dashboard, LearnerHomeEnterpriseDashboard):
            enterprise_dashboard = self.enterprise_dashboard.to_dict()
        else:
            enterprise_dashboard = self.enterprise_dashboard

        platform_settings = self.platform_settings.to_dict()

        courses = []
        for courses_item_data in self.courses:
            courses_item = courses_item_data.to_dict()
            courses.append(courses_item)

        social_share_settings = self.social_share_settings.to_dict()

        suggested_courses = []
        for suggested_courses_item_data in self.suggested_courses:
            suggested_courses_item = suggested_courses_item_data.to_dict()
            suggested_courses.append(suggested_courses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emailConfirmation": email_confirmation,
                "enterpriseDashboard": enterprise_dashboard,
                "platformSettings": platform_settings,
                "courses": courses,
                "socialShareSettings": social_share_settings,
                "suggestedCourses": suggested_courses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_home_course_card import LearnerHomeCourseCard
        from ..models.learner_home_email_confirmation import (
            LearnerHomeEmailConfirmation,
        )
        from ..models.learner_home_enterprise_dashboard import (
            LearnerHomeEnterpriseDashboard,
        )
        from ..models.learner_home_platform_settings import LearnerHomePlatformSettings
        from ..models.learner_home_social_share_settings import (
            LearnerHomeSocialShareSettings,
        )
        from ..models.learner_home_suggested_course import LearnerHomeSuggestedCourse

        d = dict(src_dict)
        email_confirmation = LearnerHomeEmailConfirmation.from_dict(
            d.pop("emailConfirmation")
        )

        def _parse_enterprise_dashboard(
            data: object,
        ) -> LearnerHomeEnterpriseDashboard | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                enterprise_dashboard_type_0 = LearnerHomeEnterpriseDashboard.from_dict(
                    data
                )

                return enterprise_dashboard_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LearnerHomeEnterpriseDashboard | None, data)

        enterprise_dashboard = _parse_enterprise_dashboard(d.pop("enterpriseDashboard"))

        platform_settings = LearnerHomePlatformSettings.from_dict(
            d.pop("platformSettings")
        )

        courses = []
        _courses = d.pop("courses")
        for courses_item_data in _courses:
            courses_item = LearnerHomeCourseCard.from_dict(courses_item_data)

            courses.append(courses_item)

        social_share_settings = LearnerHomeSocialShareSettings.from_dict(
            d.pop("socialShareSettings")
        )

        suggested_courses = []
        _suggested_courses = d.pop("suggestedCourses")
        for suggested_courses_item_data in _suggested_courses:
            suggested_courses_item = LearnerHomeSuggestedCourse.from_dict(
                suggested_courses_item_data
            )

            suggested_courses.append(suggested_courses_item)

        learner_home_init = cls(
            email_confirmation=email_confirmation,
            enterprise_dashboard=enterprise_dashboard,
            platform_settings=platform_settings,
            courses=courses,
            social_share_settings=social_share_settings,
            suggested_courses=suggested_courses,
        )

        learner_home_init.additional_properties = d
        return learner_home_init

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
