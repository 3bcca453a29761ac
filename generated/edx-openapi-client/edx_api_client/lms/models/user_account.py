from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_account_account_privacy import UserAccountAccountPrivacy
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
    from ..models.user_account_profile_image import UserAccountProfileImage
    from ..models.user_account_social_link import UserAccountSocialLink


T = TypeVar("T", bound="UserAccount")


@_attrs_define
class UserAccount:
    """A user's account. Which fields appear depends on who asks: the user and global staff get the fields the site's
    visibility configuration lists for them; anyone else gets the fields the user shares, after the user's
    `account_privacy` (a profile that needs parental consent is always private). A field the configuration lists but the
    platform does not compute is sent as null, hence the further members allowed here.

        Attributes:
            username (str | Unset): The username.
            url (str | Unset): The URL of this account.
            email (str | Unset): The account's email address (a change waits for confirmation).
            id (int | Unset): The user's LMS identifier.
            date_joined (datetime.datetime | Unset): When the account was created, to the second.
            last_login (datetime.datetime | None | Unset): When the user last logged in; null if never.
            is_active (bool | Unset): Whether the account is active.
            activation_key (None | str | Unset): The key that activates the account; null when there is none.
            bio (None | str | Unset): The user's "about me" text; null when empty.
            country (None | str | Unset): The user's country as an ISO 3166 code; null when unset.
            state (None | str | Unset): The user's state (for the United States); null when unset.
            profile_image (None | Unset | UserAccountProfileImage): The user's profile image; null for a user without a
                profile.
            language_proficiencies (list[UserAccountLanguageProficiency] | None | Unset): The languages the user speaks,
                ordered by code.
            name (None | str | Unset): The user's full name; null for a user without a profile.
            gender (None | Unset | UserGender): The user's gender; null when unset.
            goals (None | str | Unset): The user's goals.
            year_of_birth (int | None | Unset): The user's year of birth; null when unset.
            level_of_education (None | Unset | UserLevelOfEducation): The user's level of education: p (doctorate), m
                (master's), b (bachelor's), a (associate), hs (secondary), jhs (junior secondary), el (elementary), none, o
                (other); null when unset.
            mailing_address (None | str | Unset): The user's mailing address.
            requires_parental_consent (bool | None | Unset): Whether the user may be a minor who needs parental consent.
            account_privacy (UserAccountAccountPrivacy | Unset): How much of the account the user shares with others: only
                the public fields, all the shareable ones, or a chosen set (the `visibility.<field>` preferences).
            social_links (list[UserAccountSocialLink] | None | Unset): The user's social links, ordered by platform.
            extended_profile (list[UserAccountExtendedProfileField] | None | Unset): The extended profile fields the site
                configures, each with the user's value (empty when unset).
            phone_number (None | str | Unset): The user's phone number, digits with an optional leading `+`.
            pending_name_change (None | str | Unset): The name asked for by a pending name change; null when there is none.
            verified_name (None | str | Unset): The user's verified name, when the name affirmation service has one.
            secondary_email (None | str | Unset): The recovery email address; null when unset or when the feature is off.
            secondary_email_enabled (bool | None | Unset): True when the secondary email feature is on; null otherwise.
    """

    username: str | Unset = UNSET
    url: str | Unset = UNSET
    email: str | Unset = UNSET
    id: int | Unset = UNSET
    date_joined: datetime.datetime | Unset = UNSET
    last_login: datetime.datetime | None | Unset = UNSET
    is_active: bool | Unset = UNSET
    activation_key: None | str | Unset = UNSET
    bio: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    profile_image: None | Unset | UserAccountProfileImage = UNSET
    language_proficiencies: list[UserAccountLanguageProficiency] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    gender: None | Unset | UserGender = UNSET
    goals: None | str | Unset = UNSET
    year_of_birth: int | None | Unset = UNSET
    level_of_education: None | Unset | UserLevelOfEducation = UNSET
    mailing_address: None | str | Unset = UNSET
    requires_parental_consent: bool | None | Unset = UNSET
    account_privacy: UserAccountAccountPrivacy | Unset = UNSET
    social_links: list[UserAccountSocialLink] | None | Unset = UNSET
    extended_profile: list[UserAccountExtendedProfileField] | None | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    pending_name_change: None | str | Unset = UNSET
    verified_name: None | str | Unset = UNSET
    secondary_email: None | str | Unset = UNSET
    secondary_email_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_account_profile_image import UserAccountProfileImage

        username = self.username

        url = self.url

        email = self.email

        id = self.id

        date_joined: str | Unset = UNSET
        if not isinstance(self.date_joined, Unset):
            date_joined = self.date_joined.isoformat()

        last_login: None | str | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        elif isinstance(self.last_login, datetime.datetime):
            last_login = self.last_login.isoformat()
        else:
            last_login = self.last_login

        is_active = self.is_active

        activation_key: None | str | Unset
        if isinstance(self.activation_key, Unset):
            activation_key = UNSET
        else:
            activation_key = self.activation_key

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

        profile_image: dict[str, Any] | None | Unset
        if isinstance(self.profile_image, Unset):
            profile_image = UNSET
        elif isinstance(self.profile_image, UserAccountProfileImage):
            profile_image = self.profile_image.to_dict()
        else:
            profile_image = self.profile_image

        language_proficiencies: list[dict[str, Any]] | None | Unset
        if isinstance(self.language_proficiencies, Unset):
            language_proficiencies = UNSET
        elif isinstance(self.language_proficiencies, list):
            language_proficiencies = []
            for language_proficiencies_type_0_item_data in self.language_proficiencies:
                language_proficiencies_type_0_item = (
                    language_proficiencies_type_0_item_data.to_dict()
                )
                language_proficiencies.append(language_proficiencies_type_0_item)

        else:
            language_proficiencies = self.language_proficiencies

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        requires_parental_consent: bool | None | Unset
        if isinstance(self.requires_parental_consent, Unset):
            requires_parental_consent = UNSET
        else:
            requires_parental_consent = self.requires_parental_consent

        account_privacy: str | Unset = UNSET
        if not isinstance(self.account_privacy, Unset):
            account_privacy = self.account_privacy.value

        social_links: list[dict[str, Any]] | None | Unset
        if isinstance(self.social_links, Unset):
            social_links = UNSET
        elif isinstance(self.social_links, list):
            social_links = []
            for social_links_type_0_item_data in self.social_links:
                social_links_type_0_item = social_links_type_0_item_data.to_dict()
                social_links.append(social_links_type_0_item)

        else:
            social_links = self.social_links

        extended_profile: list[dict[str, Any]] | None | Unset
        if isinstance(self.extended_profile, Unset):
            extended_profile = UNSET
        elif isinstance(self.extended_profile, list):
            extended_profile = []
            for extended_profile_type_0_item_data in self.extended_profile:
                extended_profile_type_0_item = (
                    extended_profile_type_0_item_data.to_dict()
                )
                extended_profile.append(extended_profile_type_0_item)

        else:
            extended_profile = self.extended_profile

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        pending_name_change: None | str | Unset
        if isinstance(self.pending_name_change, Unset):
            pending_name_change = UNSET
        else:
            pending_name_change = self.pending_name_change

        verified_name: None | str | Unset
        if isinstance(self.verified_name, Unset):
            verified_name = UNSET
        else:
            verified_name = self.verified_name

        secondary_email: None | str | Unset
        if isinstance(self.secondary_email, Unset):
            secondary_email = UNSET
        else:
            secondary_email = self.secondary_email

        secondary_email_enabled: bool | None | Unset
        if isinstance(self.secondary_email_enabled, Unset):
            secondary_email_enabled = UNSET
        else:
            secondary_email_enabled = self.secondary_email_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if url is not UNSET:
            field_dict["url"] = url
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if date_joined is not UNSET:
            field_dict["date_joined"] = date_joined
        if last_login is not UNSET:
            field_dict["last_login"] = last_login
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if activation_key is not UNSET:
            field_dict["activation_key"] = activation_key
        if bio is not UNSET:
            field_dict["bio"] = bio
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image
        if language_proficiencies is not UNSET:
            field_dict["language_proficiencies"] = language_proficiencies
        if name is not UNSET:
            field_dict["name"] = name
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
        if requires_parental_consent is not UNSET:
            field_dict["requires_parental_consent"] = requires_parental_consent
        if account_privacy is not UNSET:
            field_dict["account_privacy"] = account_privacy
        if social_links is not UNSET:
            field_dict["social_links"] = social_links
        if extended_profile is not UNSET:
            field_dict["extended_profile"] = extended_profile
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if pending_name_change is not UNSET:
            field_dict["pending_name_change"] = pending_name_change
        if verified_name is not UNSET:
            field_dict["verified_name"] = verified_name
        if secondary_email is not UNSET:
            field_dict["secondary_email"] = secondary_email
        if secondary_email_enabled is not UNSET:
            field_dict["secondary_email_enabled"] = secondary_email_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_account_extended_profile_field import (
            UserAccountExtendedProfileField,
        )
        from ..models.user_account_language_proficiency import (
            UserAccountLanguageProficiency,
        )
        from ..models.user_account_profile_image import UserAccountProfileImage
        from ..models.user_account_social_link import UserAccountSocialLink

        d = dict(src_dict)
        username = d.pop("username", UNSET)

        url = d.pop("url", UNSET)

        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (
            isinstance(id, int) and not isinstance(id, bool)
        ):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _date_joined = d.pop("date_joined", UNSET)
        date_joined: datetime.datetime | Unset
        if isinstance(_date_joined, Unset):
            date_joined = UNSET
        else:
            date_joined = datetime.datetime.fromisoformat(_date_joined)

        def _parse_last_login(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_type_0 = datetime.datetime.fromisoformat(data)

                return last_login_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_login = _parse_last_login(d.pop("last_login", UNSET))

        is_active = d.pop("is_active", UNSET)
        if not isinstance(is_active, Unset) and not (isinstance(is_active, bool)):
            raise TypeError(
                f"is_active: expected a boolean, got {type(is_active).__name__}"
            )

        def _parse_activation_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activation_key = _parse_activation_key(d.pop("activation_key", UNSET))

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

        def _parse_profile_image(
            data: object,
        ) -> None | Unset | UserAccountProfileImage:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_image_type_0 = UserAccountProfileImage.from_dict(data)

                return profile_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserAccountProfileImage, data)

        profile_image = _parse_profile_image(d.pop("profile_image", UNSET))

        def _parse_language_proficiencies(
            data: object,
        ) -> list[UserAccountLanguageProficiency] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                language_proficiencies_type_0 = []
                _language_proficiencies_type_0 = data
                for (
                    language_proficiencies_type_0_item_data
                ) in _language_proficiencies_type_0:
                    language_proficiencies_type_0_item = (
                        UserAccountLanguageProficiency.from_dict(
                            language_proficiencies_type_0_item_data
                        )
                    )

                    language_proficiencies_type_0.append(
                        language_proficiencies_type_0_item
                    )

                return language_proficiencies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserAccountLanguageProficiency] | None | Unset, data)

        language_proficiencies = _parse_language_proficiencies(
            d.pop("language_proficiencies", UNSET)
        )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        def _parse_requires_parental_consent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                requires_parental_consent_type_0 = data
                if not (isinstance(requires_parental_consent_type_0, bool)):
                    raise TypeError(
                        f"requires_parental_consent_type_0: expected a boolean, got {type(requires_parental_consent_type_0).__name__}"
                    )

                return requires_parental_consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None | Unset, data)

        requires_parental_consent = _parse_requires_parental_consent(
            d.pop("requires_parental_consent", UNSET)
        )

        _account_privacy = d.pop("account_privacy", UNSET)
        account_privacy: UserAccountAccountPrivacy | Unset
        if isinstance(_account_privacy, Unset):
            account_privacy = UNSET
        else:
            account_privacy = UserAccountAccountPrivacy(_account_privacy)

        def _parse_social_links(
            data: object,
        ) -> list[UserAccountSocialLink] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                social_links_type_0 = []
                _social_links_type_0 = data
                for social_links_type_0_item_data in _social_links_type_0:
                    social_links_type_0_item = UserAccountSocialLink.from_dict(
                        social_links_type_0_item_data
                    )

                    social_links_type_0.append(social_links_type_0_item)

                return social_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserAccountSocialLink] | None | Unset, data)

        social_links = _parse_social_links(d.pop("social_links", UNSET))

        def _parse_extended_profile(
            data: object,
        ) -> list[UserAccountExtendedProfileField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extended_profile_type_0 = []
                _extended_profile_type_0 = data
                for extended_profile_type_0_item_data in _extended_profile_type_0:
                    extended_profile_type_0_item = (
                        UserAccountExtendedProfileField.from_dict(
                            extended_profile_type_0_item_data
                        )
                    )

                    extended_profile_type_0.append(extended_profile_type_0_item)

                return extended_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserAccountExtendedProfileField] | None | Unset, data)

        extended_profile = _parse_extended_profile(d.pop("extended_profile", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        def _parse_pending_name_change(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pending_name_change = _parse_pending_name_change(
            d.pop("pending_name_change", UNSET)
        )

        def _parse_verified_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verified_name = _parse_verified_name(d.pop("verified_name", UNSET))

        def _parse_secondary_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_email = _parse_secondary_email(d.pop("secondary_email", UNSET))

        def _parse_secondary_email_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                secondary_email_enabled_type_0 = data
                if not (isinstance(secondary_email_enabled_type_0, bool)):
                    raise TypeError(
                        f"secondary_email_enabled_type_0: expected a boolean, got {type(secondary_email_enabled_type_0).__name__}"
                    )

                return secondary_email_enabled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None | Unset, data)

        secondary_email_enabled = _parse_secondary_email_enabled(
            d.pop("secondary_email_enabled", UNSET)
        )

        user_account = cls(
            username=username,
            url=url,
            email=email,
            id=id,
            date_joined=date_joined,
            last_login=last_login,
            is_active=is_active,
            activation_key=activation_key,
            bio=bio,
            country=country,
            state=state,
            profile_image=profile_image,
            language_proficiencies=language_proficiencies,
            name=name,
            gender=gender,
            goals=goals,
            year_of_birth=year_of_birth,
            level_of_education=level_of_education,
            mailing_address=mailing_address,
            requires_parental_consent=requires_parental_consent,
            account_privacy=account_privacy,
            social_links=social_links,
            extended_profile=extended_profile,
            phone_number=phone_number,
            pending_name_change=pending_name_change,
            verified_name=verified_name,
            secondary_email=secondary_email,
            secondary_email_enabled=secondary_email_enabled,
        )

        user_account.additional_properties = d
        return user_account

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
