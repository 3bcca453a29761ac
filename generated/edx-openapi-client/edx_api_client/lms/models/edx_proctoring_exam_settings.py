from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edx_proctoring_exam_settings_exam_proctoring_backend import (
        EdxProctoringExamSettingsExamProctoringBackend,
    )
    from ..models.edx_proctoring_exam_settings_link_urls_type_0 import (
        EdxProctoringExamSettingsLinkUrlsType0,
    )


T = TypeVar("T", bound="EdxProctoringExamSettings")


@_attrs_define
class EdxProctoringExamSettings:
    """The proctoring settings the exam's pages need: the platform's name and contact address, configured help links, and,
    for a proctored exam, its proctoring service's configuration and contacts.

        Attributes:
            exam_proctoring_backend (EdxProctoringExamSettingsExamProctoringBackend): The proctoring service's configuration
                as it exposes it; empty for an exam that is not proctored.
            platform_name (str): The platform's name.
            contact_us (str): The platform's contact email address.
            link_urls (EdxProctoringExamSettingsLinkUrlsType0 | None): The help links configured in the deployment's
                proctoring settings, or null when none are.
            provider_tech_support_email (None | str | Unset): The proctoring service's technical support address (proctored
                exams).
            provider_tech_support_phone (None | str | Unset): The proctoring service's technical support phone (proctored
                exams).
            provider_name (None | str | Unset): The proctoring service's name (proctored exams).
            learner_notification_from_email (None | str | Unset): The address learner notifications come from (proctored
                exams).
            integration_specific_email (None | str | Unset): The service-specific support address (proctored exams).
            proctoring_escalation_email (None | str | Unset): The course's proctoring escalation address (proctored exams).
    """

    exam_proctoring_backend: EdxProctoringExamSettingsExamProctoringBackend
    platform_name: str
    contact_us: str
    link_urls: EdxProctoringExamSettingsLinkUrlsType0 | None
    provider_tech_support_email: None | str | Unset = UNSET
    provider_tech_support_phone: None | str | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    learner_notification_from_email: None | str | Unset = UNSET
    integration_specific_email: None | str | Unset = UNSET
    proctoring_escalation_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.edx_proctoring_exam_settings_link_urls_type_0 import (
            EdxProctoringExamSettingsLinkUrlsType0,
        )

        exam_proctoring_backend = self.exam_proctoring_backend.to_dict()

        platform_name = self.platform_name

        contact_us = self.contact_us

        link_urls: dict[str, Any] | None
        if isinstance(self.link_urls, EdxProctoringExamSettingsLinkUrlsType0):
            link_urls = self.link_urls.to_dict()
        else:
            link_urls = self.link_urls

        provider_tech_support_email: None | str | Unset
        if isinstance(self.provider_tech_support_email, Unset):
            provider_tech_support_email = UNSET
        else:
            provider_tech_support_email = self.provider_tech_support_email

        provider_tech_support_phone: None | str | Unset
        if isinstance(self.provider_tech_support_phone, Unset):
            provider_tech_support_phone = UNSET
        else:
            provider_tech_support_phone = self.provider_tech_support_phone

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        learner_notification_from_email: None | str | Unset
        if isinstance(self.learner_notification_from_email, Unset):
            learner_notification_from_email = UNSET
        else:
            learner_notification_from_email = self.learner_notification_from_email

        integration_specific_email: None | str | Unset
        if isinstance(self.integration_specific_email, Unset):
            integration_specific_email = UNSET
        else:
            integration_specific_email = self.integration_specific_email

        proctoring_escalation_email: None | str | Unset
        if isinstance(self.proctoring_escalation_email, Unset):
            proctoring_escalation_email = UNSET
        else:
            proctoring_escalation_email = self.proctoring_escalation_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exam_proctoring_backend": exam_proctoring_backend,
                "platform_name": platform_name,
                "contact_us": contact_us,
                "link_urls": link_urls,
            }
        )
        if provider_tech_support_email is not UNSET:
            field_dict["provider_tech_support_email"] = provider_tech_support_email
        if provider_tech_support_phone is not UNSET:
            field_dict["provider_tech_support_phone"] = provider_tech_support_phone
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if learner_notification_from_email is not UNSET:
            field_dict["learner_notification_from_email"] = (
                learner_notification_from_email
            )
        if integration_specific_email is not UNSET:
            field_dict["integration_specific_email"] = integration_specific_email
        if proctoring_escalation_email is not UNSET:
            field_dict["proctoring_escalation_email"] = proctoring_escalation_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edx_proctoring_exam_settings_exam_proctoring_backend import (
            EdxProctoringExamSettingsExamProctoringBackend,
        )
        from ..models.edx_proctoring_exam_settings_link_urls_type_0 import (
            EdxProctoringExamSettingsLinkUrlsType0,
        )

        d = dict(src_dict)
        exam_proctoring_backend = (
            EdxProctoringExamSettingsExamProctoringBackend.from_dict(
                d.pop("exam_proctoring_backend")
            )
        )

        platform_name = d.pop("platform_name")

        contact_us = d.pop("contact_us")

        def _parse_link_urls(
            data: object,
        ) -> EdxProctoringExamSettingsLinkUrlsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_urls_type_0 = EdxProctoringExamSettingsLinkUrlsType0.from_dict(
                    data
                )

                return link_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EdxProctoringExamSettingsLinkUrlsType0 | None, data)

        link_urls = _parse_link_urls(d.pop("link_urls"))

        def _parse_provider_tech_support_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_tech_support_email = _parse_provider_tech_support_email(
            d.pop("provider_tech_support_email", UNSET)
        )

        def _parse_provider_tech_support_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_tech_support_phone = _parse_provider_tech_support_phone(
            d.pop("provider_tech_support_phone", UNSET)
        )

        def _parse_provider_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_name = _parse_provider_name(d.pop("provider_name", UNSET))

        def _parse_learner_notification_from_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        learner_notification_from_email = _parse_learner_notification_from_email(
            d.pop("learner_notification_from_email", UNSET)
        )

        def _parse_integration_specific_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_specific_email = _parse_integration_specific_email(
            d.pop("integration_specific_email", UNSET)
        )

        def _parse_proctoring_escalation_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proctoring_escalation_email = _parse_proctoring_escalation_email(
            d.pop("proctoring_escalation_email", UNSET)
        )

        edx_proctoring_exam_settings = cls(
            exam_proctoring_backend=exam_proctoring_backend,
            platform_name=platform_name,
            contact_us=contact_us,
            link_urls=link_urls,
            provider_tech_support_email=provider_tech_support_email,
            provider_tech_support_phone=provider_tech_support_phone,
            provider_name=provider_name,
            learner_notification_from_email=learner_notification_from_email,
            integration_specific_email=integration_specific_email,
            proctoring_escalation_email=proctoring_escalation_email,
        )

        edx_proctoring_exam_settings.additional_properties = d
        return edx_proctoring_exam_settings

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
