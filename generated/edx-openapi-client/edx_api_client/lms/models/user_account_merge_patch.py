from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_account_merge_patch_account_privacy import (
    UserAccountMergePatchAccountPrivacy,
)
from ..models.user_gender import UserGender
from ..models.user_level_of_education import UserLevelOfEducation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_account_extended_profile_field import (
        UserAccountExtendedProfileField,
    )
    from ..models.user_account_language_proficiency import (
        UserAccountLanguageProficiency,
    )
    from ..models.user_account_social_link import UserAccountSocialLink


T = TypeVar("T", bound="UserAccountMergePatch")


@_attrs_define
class UserAccountMergePatch:
    """A JSON merge patch of account fields: members set the fields they name, null clears one. The account fields that can
    be set are the profile's writable fields, the email addresses, the account privacy (kept as a preference) and the
    extended profile. Read-only fields (username, date_joined, is_active, profile_image, requires_parental_consent and
    the like) answer 400; other members are ignored.

        Attributes:
            name (str | Unset): The user's full name; not blank, at most 255 characters.
            email (str | Unset): A new email address; the change is only requested and takes effect once confirmed.
            secondary_email (None | str | Unset): A recovery email address, different from the primary one.
            account_privacy (UserAccountMergePatchAccountPrivacy | Unset): How much of the account the user shares; saved as
                a preference.
            extended_profile (list[UserAccountExtendedProfileField] | Unset): Values of the site's extended profile fields.
            bio (None | str | Unset): The user's "about me" text.
            country (None | str | Unset): The user's country as an ISO 3166 code.
            state (None | str | Unset): The user's state; cleared whenever the country changes to another.
            city (None | str | Unset): The user's city.
            gender (None | Unset | UserGender): The user's gender; null clears it.
            goals (None | str | Unset): The user's goals.
            year_of_birth (int | None | Unset): The user's year of birth.
            level_of_education (None | Unset | UserLevelOfEducation): The user's level of education; null clears it.
            mailing_address (None | str | Unset): The user's mailing address.
            phone_number (None | str | Unset): The user's phone number; characters other than digits and a leading + are
                dropped.
            language_proficiencies (list[UserAccountLanguageProficiency] | Unset): The languages the user speaks, each
                listed once; replaces the list.
            social_links (list[UserAccountSocialLink] | Unset): Social links to add or replace, one per platform; an empty
                `social_link` removes that platform's link, the others are kept.
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    secondary_email: None | str | Unset = UNSET
    account_privacy: UserAccountMergePatchAccountPrivacy | Unset = UNSET
    extended_profile: list[UserAccountExtendedProfileField] | Unset = UNSET
    bio: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    gender: None | Unset | UserGender = UNSET
    goals: None | str | Unset = UNSET
    year_of_birth: int | None | Unset = UNSET
    level_of_education: None | Unset | UserLevelOfEducation = UNSET
    mailing_address: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    language_proficiencies: list[UserAccountLanguageProficiency] | Unset = UNSET
    social_links: list[UserAccountSocialLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        secondary_email: None | str | Unset
        if isinstance(self.secondary_email, Unset):
            secondary_email = UNSET
        else:
            secondary_email = self.secondary_email

        account_privacy: str | Unset = UNSET
        if not isinstance(self.account_privacy, Unset):
            account_privacy = self.account_privacy.value

        extended_profile: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extended_profile, Unset):
            extended_profile = []
            for extended_profile_item_data in self.extended_profile:
                extended_profile_item = extended_profile_item_data.to_dict()
                extended_profile.append(extended_profile_item)

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, UserGender):
            gender = self.gender.value
        else:
            gender = self.gender

        goals: None | str | Unset
        if isinstance(self.goals, Unset):
            goals = UNSET
        else:
            goals = self.goals

        year_of_birth: int | None | Unset
        if isinstance(self.year_of_birth, Unset):
            year_of_birth = UNSET
        else:
            year_of_birth = self.year_of_birth

        level_of_education: None | str | Unset
        if isinstance(self.level_of_education, Unset):
            level_of_education = UNSET
        elif isinstance(self.level_of_education, UserLevelOfEducation):
            level_of_education = self.level_of_education.value
        else:
            level_of_education = self.level_of_education

        mailing_address: None | str | Unset
        if isinstance(self.mailing_address, Unset):
            mailing_address = UNSET
        else:
            mailing_address = self.mailing_address

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        language_proficiencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.language_proficiencies, Unset):
            language_proficiencies = []
            for language_proficiencies_item_data in self.language_proficiencies:
                language_proficiencies_item = language_proficiencies_item_data.to_dict()
                language_proficiencies.append(language_proficiencies_item)

        social_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.social_links, Unset):
            social_links = []
            for social_links_item_data in self.social_links:
                social_links_item = social_links_item_data.to_dict()
                social_links.append(social_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if secondary_email is not UNSET:
            field_dict["secondary_email"] = secondary_email
        if account_privacy is not UNSET:
            field_dict["account_privacy"] = account_privacy
        if extended_profile is not UNSET:
            field_dict["extended_profile"] = extended_profile
        if bio is not UNSET:
            field_dict["bio"] = bio
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if gender is not UNSET:
            field_dict["gender"] = gender
        if goals is not UNSET:
            field_dict["goals"] = goals
        if year_of_birth is not UNSET:
            field_dict["year_of_birth"] = year_of_birth
        if level_of_education is not UNSET:
            field_dict["level_of_education"] = level_of_education
        if mailing_address is not UNSET:
            field_dict["mailing_address"] = mailing_address
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if language_proficiencies is not UNSET:
            field_dict["language_proficiencies"] = language_proficiencies
        if social_links is not UNSET:
            field_dict["social_links"] = social_links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_account_extended_profile_field import (
            UserAccountExtendedProfileField,
        )
        from ..models.user_account_language_proficiency import (
            UserAccountLanguageProficiency,
        )
        from ..models.user_account_social_link import UserAccountSocialLink

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        def _parse_secondary_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_email = _parse_secondary_email(d.pop("secondary_email", UNSET))

        _account_privacy = d.pop("account_privacy", UNSET)
        account_privacy: UserAccountMergePatchAccountPrivacy | Unset
        if isinstance(_account_privacy, Unset):
            account_privacy = UNSET
        else:
            account_privacy = UserAccountMergePatchAccountPrivacy(_account_privacy)

        _extended_profile = d.pop("extended_profile", UNSET)
        extended_profile: list[UserAccountExtendedProfileField] | Unset = UNSET
        if _extended_profile is not UNSET:
            extended_profile = []
            for extended_profile_item_data in _extended_profile:
                extended_profile_item = UserAccountExtendedProfileField.from_dict(
                    extended_profile_item_data
                )

                extended_profile.append(extended_profile_item)

        def _parse_bio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bio = _parse_bio(d.pop("bio", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_gender(data: object) -> None | Unset | UserGender:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = UserGender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserGender, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_goals(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        goals = _parse_goals(d.pop("goals", UNSET))

        def _parse_year_of_birth(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                year_of_birth_type_0 = data
                if not (
                    isinstance(year_of_birth_type_0, int)
                    and not isinstance(year_of_birth_type_0, bool)
                ):
                    raise TypeError(
                        f"year_of_birth_type_0: expected an integer, got {type(year_of_birth_type_0).__name__}"
                    )

                return year_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        year_of_birth = _parse_year_of_birth(d.pop("year_of_birth", UNSET))

        def _parse_level_of_education(
            data: object,
        ) -> None | Unset | UserLevelOfEducation:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_of_education_type_0 = UserLevelOfEducation(data)

                return level_of_education_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLevelOfEducation, data)

        level_of_education = _parse_level_of_education(
            d.pop("level_of_education", UNSET)
        )

        def _parse_mailing_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mailing_address = _parse_mailing_address(d.pop("mailing_address", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        _language_proficiencies = d.pop("language_proficiencies", UNSET)
        language_proficiencies: list[UserAccountLanguageProficiency] | Unset = UNSET
        if _language_proficiencies is not UNSET:
            language_proficiencies = []
            for language_proficiencies_item_data in _language_proficiencies:
                language_proficiencies_item = UserAccountLanguageProficiency.from_dict(
                    language_proficiencies_item_data
                )

                language_proficiencies.append(language_proficiencies_item)

        _social_links = d.pop("social_links", UNSET)
        social_links: list[UserAccountSocialLink] | Unset = UNSET
        if _social_links is not UNSET:
            social_links = []
            for social_links_item_data in _social_links:
                social_links_item = UserAccountSocialLink.from_dict(
                    social_links_item_data
                )

                social_links.append(social_links_item)

        user_account_merge_patch = cls(
            name=name,
            email=email,
            secondary_email=secondary_email,
            account_privacy=account_privacy,
            extended_profile=extended_profile,
            bio=bio,
            country=country,
            state=state,
            city=city,
            gender=gender,
            goals=goals,
            year_of_birth=year_of_birth,
            level_of_education=level_of_education,
            mailing_address=mailing_address,
            phone_number=phone_number,
            language_proficiencies=language_proficiencies,
            social_links=social_links,
        )

        user_account_merge_patch.additional_properties = d
        return user_account_merge_patch

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
