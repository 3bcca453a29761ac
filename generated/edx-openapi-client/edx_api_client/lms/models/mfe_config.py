from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MfeConfig")


@_attrs_define
class MfeConfig:
    """MFE settings by name. The settings below are not the only ones: further settings may appear, and which ones are
    present depends on the site's configuration, so none is required. The platform always adds the six legacy settings
    listed last (ENABLE_COURSE_SORTING_BY_START_DATE to ENABLE_COURSE_DISCOVERY), though the site's MFE_CONFIG can
    override their values.

        Attributes:
            base_url (str | Unset): The base URL of the MFE.
            language_preference_cookie_name (str | Unset): The name of the cookie that holds the user's language preference.
            credentials_base_url (str | Unset): The base URL of the Credentials service.
            discovery_api_base_url (str | Unset): The base URL of the Discovery (course catalog) API.
            lms_base_url (str | Unset): The base URL of the LMS.
            login_url (str | Unset): The URL of the login page.
            logout_url (str | Unset): The URL that logs the user out.
            studio_base_url (str | Unset): The base URL of Studio.
            logo_url (str | Unset): The URL of the site's logo image.
            enable_course_sorting_by_start_date (bool | Unset): Whether course lists are sorted by start date rather than by
                announcement.
            homepage_promo_video_youtube_id (None | str | Unset): The YouTube id of the home page's promotional video, or
                null.
            homepage_course_max (int | None | Unset): How many courses the home page shows at most, or null for no limit.
            course_about_twitter_account (str | Unset): The Twitter account named on course about pages.
            non_browsable_courses (bool | Unset): True when the course catalog cannot be browsed.
            enable_course_discovery (bool | Unset): Whether course discovery (catalog search) is enabled.
    """

    base_url: str | Unset = UNSET
    language_preference_cookie_name: str | Unset = UNSET
    credentials_base_url: str | Unset = UNSET
    discovery_api_base_url: str | Unset = UNSET
    lms_base_url: str | Unset = UNSET
    login_url: str | Unset = UNSET
    logout_url: str | Unset = UNSET
    studio_base_url: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    enable_course_sorting_by_start_date: bool | Unset = UNSET
    homepage_promo_video_youtube_id: None | str | Unset = UNSET
    homepage_course_max: int | None | Unset = UNSET
    course_about_twitter_account: str | Unset = UNSET
    non_browsable_courses: bool | Unset = UNSET
    enable_course_discovery: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url = self.base_url

        language_preference_cookie_name = self.language_preference_cookie_name

        credentials_base_url = self.credentials_base_url

        discovery_api_base_url = self.discovery_api_base_url

        lms_base_url = self.lms_base_url

        login_url = self.login_url

        logout_url = self.logout_url

        studio_base_url = self.studio_base_url

        logo_url = self.logo_url

        enable_course_sorting_by_start_date = self.enable_course_sorting_by_start_date

        homepage_promo_video_youtube_id: None | str | Unset
        if isinstance(self.homepage_promo_video_youtube_id, Unset):
            homepage_promo_video_youtube_id = UNSET
        else:
            homepage_promo_video_youtube_id = self.homepage_promo_video_youtube_id

        homepage_course_max: int | None | Unset
        if isinstance(self.homepage_course_max, Unset):
            homepage_course_max = UNSET
        else:
            homepage_course_max = self.homepage_course_max

        course_about_twitter_account = self.course_about_twitter_account

        non_browsable_courses = self.non_browsable_courses

        enable_course_discovery = self.enable_course_discovery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_url is not UNSET:
            field_dict["BASE_URL"] = base_url
        if language_preference_cookie_name is not UNSET:
            field_dict["LANGUAGE_PREFERENCE_COOKIE_NAME"] = (
                language_preference_cookie_name
            )
        if credentials_base_url is not UNSET:
            field_dict["CREDENTIALS_BASE_URL"] = credentials_base_url
        if discovery_api_base_url is not UNSET:
            field_dict["DISCOVERY_API_BASE_URL"] = discovery_api_base_url
        if lms_base_url is not UNSET:
            field_dict["LMS_BASE_URL"] = lms_base_url
        if login_url is not UNSET:
            field_dict["LOGIN_URL"] = login_url
        if logout_url is not UNSET:
            field_dict["LOGOUT_URL"] = logout_url
        if studio_base_url is not UNSET:
            field_dict["STUDIO_BASE_URL"] = studio_base_url
        if logo_url is not UNSET:
            field_dict["LOGO_URL"] = logo_url
        if enable_course_sorting_by_start_date is not UNSET:
            field_dict["ENABLE_COURSE_SORTING_BY_START_DATE"] = (
                enable_course_sorting_by_start_date
            )
        if homepage_promo_video_youtube_id is not UNSET:
            field_dict["HOMEPAGE_PROMO_VIDEO_YOUTUBE_ID"] = (
                homepage_promo_video_youtube_id
            )
        if homepage_course_max is not UNSET:
            field_dict["HOMEPAGE_COURSE_MAX"] = homepage_course_max
        if course_about_twitter_account is not UNSET:
            field_dict["COURSE_ABOUT_TWITTER_ACCOUNT"] = course_about_twitter_account
        if non_browsable_courses is not UNSET:
            field_dict["NON_BROWSABLE_COURSES"] = non_browsable_courses
        if enable_course_discovery is not UNSET:
            field_dict["ENABLE_COURSE_DISCOVERY"] = enable_course_discovery

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base_url = d.pop("BASE_URL", UNSET)

        language_preference_cookie_name = d.pop(
            "LANGUAGE_PREFERENCE_COOKIE_NAME", UNSET
        )

        credentials_base_url = d.pop("CREDENTIALS_BASE_URL", UNSET)

        discovery_api_base_url = d.pop("DISCOVERY_API_BASE_URL", UNSET)

        lms_base_url = d.pop("LMS_BASE_URL", UNSET)

        login_url = d.pop("LOGIN_URL", UNSET)

        logout_url = d.pop("LOGOUT_URL", UNSET)

        studio_base_url = d.pop("STUDIO_BASE_URL", UNSET)

        logo_url = d.pop("LOGO_URL", UNSET)

        enable_course_sorting_by_start_date = d.pop(
            "ENABLE_COURSE_SORTING_BY_START_DATE", UNSET
        )
        if not isinstance(enable_course_sorting_by_start_date, Unset) and not (
            isinstance(enable_course_sorting_by_start_date, bool)
        ):
            raise TypeError(
                f"ENABLE_COURSE_SORTING_BY_START_DATE: expected a boolean, got {type(enable_course_sorting_by_start_date).__name__}"
            )

        def _parse_homepage_promo_video_youtube_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        homepage_promo_video_youtube_id = _parse_homepage_promo_video_youtube_id(
            d.pop("HOMEPAGE_PROMO_VIDEO_YOUTUBE_ID", UNSET)
        )

        def _parse_homepage_course_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                homepage_course_max_type_0 = data
                if not (
                    isinstance(homepage_course_max_type_0, int)
                    and not isinstance(homepage_course_max_type_0, bool)
                ):
                    raise TypeError(
                        f"HOMEPAGE_COURSE_MAX_type_0: expected an integer, got {type(homepage_course_max_type_0).__name__}"
                    )

                return homepage_course_max_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        homepage_course_max = _parse_homepage_course_max(
            d.pop("HOMEPAGE_COURSE_MAX", UNSET)
        )

        course_about_twitter_account = d.pop("COURSE_ABOUT_TWITTER_ACCOUNT", UNSET)

        non_browsable_courses = d.pop("NON_BROWSABLE_COURSES", UNSET)
        if not isinstance(non_browsable_courses, Unset) and not (
            isinstance(non_browsable_courses, bool)
        ):
            raise TypeError(
                f"NON_BROWSABLE_COURSES: expected a boolean, got {type(non_browsable_courses).__name__}"
            )

        enable_course_discovery = d.pop("ENABLE_COURSE_DISCOVERY", UNSET)
        if not isinstance(enable_course_discovery, Unset) and not (
            isinstance(enable_course_discovery, bool)
        ):
            raise TypeError(
                f"ENABLE_COURSE_DISCOVERY: expected a boolean, got {type(enable_course_discovery).__name__}"
            )

        mfe_config = cls(
            base_url=base_url,
            language_preference_cookie_name=language_preference_cookie_name,
            credentials_base_url=credentials_base_url,
            discovery_api_base_url=discovery_api_base_url,
            lms_base_url=lms_base_url,
            login_url=login_url,
            logout_url=logout_url,
            studio_base_url=studio_base_url,
            logo_url=logo_url,
            enable_course_sorting_by_start_date=enable_course_sorting_by_start_date,
            homepage_promo_video_youtube_id=homepage_promo_video_youtube_id,
            homepage_course_max=homepage_course_max,
            course_about_twitter_account=course_about_twitter_account,
            non_browsable_courses=non_browsable_courses,
            enable_course_discovery=enable_course_discovery,
        )

        mfe_config.additional_properties = d
        return mfe_config

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
