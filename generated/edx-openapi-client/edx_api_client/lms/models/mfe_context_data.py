from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mfe_context_data_enterprise_branding_type_0 import (
        MfeContextDataEnterpriseBrandingType0,
    )
    from ..models.mfe_context_pipeline_user_details import MfeContextPipelineUserDetails
    from ..models.mfe_context_provider import MfeContextProvider


T = TypeVar("T", bound="MfeContextData")


@_attrs_define
class MfeContextData:
    """The third-party auth context of the sign-in and registration pages, and the request's country. Every member is
    always sent (null where no value applies).

        Attributes:
            current_provider (None | str): The name of the provider of the third-party auth pipeline running for this
                browser session, or null.
            platform_name (None | str): The platform's display name.
            finish_auth_url (None | str): Where the pipeline's sign-in finishes, when a pipeline is running; else null.
            error_message (None | str): An error from the third-party auth pipeline to show the learner, or null.
            register_form_submit_button_text (None | str): The label of the registration form's submit button, or null.
            country_code (None | str): The country the request comes from (an ISO 3166 code), or null when unknown.
            welcome_page_redirect_url (None | str): On the welcome page, where to send the learner next (the `next`
                parameter when it is a safe URL); otherwise null.
            providers (list[MfeContextProvider] | None): The providers offered on the sign-in and registration pages.
            secondary_providers (list[MfeContextProvider] | None): The providers shown apart from the main ones (e.g.
                institution sign-in).
            auto_submit_reg_form (bool): Whether the registration form should be submitted without the learner's action.
            sync_learner_profile_data (bool): Whether the provider keeps the learner's profile data in sync.
            enterprise_branding (MfeContextDataEnterpriseBrandingType0 | None): The enterprise customer's branding for the
                pages, or null.
            pipeline_user_details (MfeContextPipelineUserDetails): What the running third-party auth pipeline knows about
                the learner; an empty object when no pipeline is running.
    """

    current_provider: None | str
    platform_name: None | str
    finish_auth_url: None | str
    error_message: None | str
    register_form_submit_button_text: None | str
    country_code: None | str
    welcome_page_redirect_url: None | str
    providers: list[MfeContextProvider] | None
    secondary_providers: list[MfeContextProvider] | None
    auto_submit_reg_form: bool
    sync_learner_profile_data: bool
    enterprise_branding: MfeContextDataEnterpriseBrandingType0 | None
    pipeline_user_details: MfeContextPipelineUserDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mfe_context_data_enterprise_branding_type_0 import (
            MfeContextDataEnterpriseBrandingType0,
        )

        current_provider: None | str
        current_provider = self.current_provider

        platform_name: None | str
        platform_name = self.platform_name

        finish_auth_url: None | str
        finish_auth_url = self.finish_auth_url

        error_message: None | str
        error_message = self.error_message

        register_form_submit_button_text: None | str
        register_form_submit_button_text = self.register_form_submit_button_text

        country_code: None | str
        country_code = self.country_code

        welcome_page_redirect_url: None | str
        welcome_page_redirect_url = self.welcome_page_redirect_url

        providers: list[dict[str, Any]] | None
        if isinstance(self.providers, list):
            providers = []
            for providers_type_0_item_data in self.providers:
                providers_type_0_item = providers_type_0_item_data.to_dict()
                providers.append(providers_type_0_item)

        else:
            providers = self.providers

        secondary_providers: list[dict[str, Any]] | None
        if isinstance(self.secondary_providers, list):
            secondary_providers = []
            for secondary_providers_type_0_item_data in self.secondary_providers:
                secondary_providers_type_0_item = (
                    secondary_providers_type_0_item_data.to_dict()
                )
                secondary_providers.append(secondary_providers_type_0_item)

        else:
            secondary_providers = self.secondary_providers

        auto_submit_reg_form = self.auto_submit_reg_form

        sync_learner_profile_data = self.sync_learner_profile_data

        enterprise_branding: dict[str, Any] | None
        if isinstance(self.enterprise_branding, MfeContextDataEnterpriseBrandingType0):
            enterprise_branding = self.enterprise_branding.to_dict()
        else:
            enterprise_branding = self.enterprise_branding

        pipeline_user_details = self.pipeline_user_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentProvider": current_provider,
                "platformName": platform_name,
                "finishAuthUrl": finish_auth_url,
                "errorMessage": error_message,
                "registerFormSubmitButtonText": register_form_submit_button_text,
                "countryCode": country_code,
                "welcomePageRedirectUrl": welcome_page_redirect_url,
                "providers": providers,
                "secondaryProviders": secondary_providers,
                "autoSubmitRegForm": auto_submit_reg_form,
                "syncLearnerProfileData": sync_learner_profile_data,
                "enterpriseBranding": enterprise_branding,
                "pipelineUserDetails": pipeline_user_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mfe_context_data_enterprise_branding_type_0 import (
            MfeContextDataEnterpriseBrandingType0,
        )
        from ..models.mfe_context_pipeline_user_details import (
            MfeContextPipelineUserDetails,
        )
        from ..models.mfe_context_provider import MfeContextProvider

        d = dict(src_dict)

        def _parse_current_provider(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        current_provider = _parse_current_provider(d.pop("currentProvider"))

        def _parse_platform_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        platform_name = _parse_platform_name(d.pop("platformName"))

        def _parse_finish_auth_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        finish_auth_url = _parse_finish_auth_url(d.pop("finishAuthUrl"))

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("errorMessage"))

        def _parse_register_form_submit_button_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_form_submit_button_text = _parse_register_form_submit_button_text(
            d.pop("registerFormSubmitButtonText")
        )

        def _parse_country_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country_code = _parse_country_code(d.pop("countryCode"))

        def _parse_welcome_page_redirect_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        welcome_page_redirect_url = _parse_welcome_page_redirect_url(
            d.pop("welcomePageRedirectUrl")
        )

        def _parse_providers(data: object) -> list[MfeContextProvider] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                providers_type_0 = []
                _providers_type_0 = data
                for providers_type_0_item_data in _providers_type_0:
                    providers_type_0_item = MfeContextProvider.from_dict(
                        providers_type_0_item_data
                    )

                    providers_type_0.append(providers_type_0_item)

                return providers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MfeContextProvider] | None, data)

        providers = _parse_providers(d.pop("providers"))

        def _parse_secondary_providers(data: object) -> list[MfeContextProvider] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                secondary_providers_type_0 = []
                _secondary_providers_type_0 = data
                for secondary_providers_type_0_item_data in _secondary_providers_type_0:
                    secondary_providers_type_0_item = MfeContextProvider.from_dict(
                        secondary_providers_type_0_item_data
                    )

                    secondary_providers_type_0.append(secondary_providers_type_0_item)

                return secondary_providers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MfeContextProvider] | None, data)

        secondary_providers = _parse_secondary_providers(d.pop("secondaryProviders"))

        auto_submit_reg_form = d.pop("autoSubmitRegForm")
        if not (isinstance(auto_submit_reg_form, bool)):
            raise TypeError(
                f"autoSubmitRegForm: expected a boolean, got {type(auto_submit_reg_form).__name__}"
            )

        sync_learner_profile_data = d.pop("syncLearnerProfileData")
        if not (isinstance(sync_learner_profile_data, bool)):
            raise TypeError(
                f"syncLearnerProfileData: expected a boolean, got {type(sync_learner_profile_data).__name__}"
            )

        def _parse_enterprise_branding(
            data: object,
        ) -> MfeContextDataEnterpriseBrandingType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                enterprise_branding_type_0 = (
                    MfeContextDataEnterpriseBrandingType0.from_dict(data)
                )

                return enterprise_branding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MfeContextDataEnterpriseBrandingType0 | None, data)

        enterprise_branding = _parse_enterprise_branding(d.pop("enterpriseBranding"))

        pipeline_user_details = MfeContextPipelineUserDetails.from_dict(
            d.pop("pipelineUserDetails")
        )

        mfe_context_data = cls(
            current_provider=current_provider,
            platform_name=platform_name,
            finish_auth_url=finish_auth_url,
            error_message=error_message,
            register_form_submit_button_text=register_form_submit_button_text,
            country_code=country_code,
            welcome_page_redirect_url=welcome_page_redirect_url,
            providers=providers,
            secondary_providers=secondary_providers,
            auto_submit_reg_form=auto_submit_reg_form,
            sync_learner_profile_data=sync_learner_profile_data,
            enterprise_branding=enterprise_branding,
            pipeline_user_details=pipeline_user_details,
        )

        mfe_context_data.additional_properties = d
        return mfe_context_data

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
