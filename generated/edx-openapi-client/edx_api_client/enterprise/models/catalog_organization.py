from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogOrganization")


@_attrs_define
class CatalogOrganization:
    """An organization record: an institution that offers, authors, sponsors or backs the credit of content.

    Attributes:
        uuid (UUID): The UUID of the organization.
        key (str): The short key of the organization, for example `edx`.
        name (str): The name of the organization.
        auto_generate_course_run_keys (bool): Whether course run keys of the organization are generated automatically.
        certificate_logo_image_url (None | str): The URL of the logo printed on certificates.
        logo_image_url (None | str): The URL of the organization's logo.
        organization_hex_color (None | str): The brand color of the organization, as hex.
        data_modified_timestamp (datetime.datetime | None): When the organization data last changed.
        description (str): A description of the organization, in HTML.
        description_es (str): The Spanish description of the organization.
        homepage_url (None | str): The URL of the organization's home page.
        tags (list[str]): Tags of the organization, for example `charter`.
        marketing_url (str): The URL of the organization's page on edX.
        slug (str): The slug that identifies the organization in URLs.
        banner_image_url (None | str): The URL of the organization's banner image.
        enterprise_subscription_inclusion (bool): Whether the organization's content belongs to the enterprise
            subscription catalog.
    """

    uuid: UUID
    key: str
    name: str
    auto_generate_course_run_keys: bool
    certificate_logo_image_url: None | str
    logo_image_url: None | str
    organization_hex_color: None | str
    data_modified_timestamp: datetime.datetime | None
    description: str
    description_es: str
    homepage_url: None | str
    tags: list[str]
    marketing_url: str
    slug: str
    banner_image_url: None | str
    enterprise_subscription_inclusion: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        key = self.key

        name = self.name

        auto_generate_course_run_keys = self.auto_generate_course_run_keys

        certificate_logo_image_url: None | str
        certificate_logo_image_url = self.certificate_logo_image_url

        logo_image_url: None | str
        logo_image_url = self.logo_image_url

        organization_hex_color: None | str
        organization_hex_color = self.organization_hex_color

        data_modified_timestamp: None | str
        if isinstance(self.data_modified_timestamp, datetime.datetime):
            data_modified_timestamp = self.data_modified_timestamp.isoformat()
        else:
            data_modified_timestamp = self.data_modified_timestamp

        description = self.description

        description_es = self.description_es

        homepage_url: None | str
        homepage_url = self.homepage_url

        tags = self.tags

        marketing_url = self.marketing_url

        slug = self.slug

        banner_image_url: None | str
        banner_image_url = self.banner_image_url

        enterprise_subscription_inclusion = self.enterprise_subscription_inclusion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "key": key,
                "name": name,
                "auto_generate_course_run_keys": auto_generate_course_run_keys,
                "certificate_logo_image_url": certificate_logo_image_url,
                "logo_image_url": logo_image_url,
                "organization_hex_color": organization_hex_color,
                "data_modified_timestamp": data_modified_timestamp,
                "description": description,
                "description_es": description_es,
                "homepage_url": homepage_url,
                "tags": tags,
                "marketing_url": marketing_url,
                "slug": slug,
                "banner_image_url": banner_image_url,
                "enterprise_subscription_inclusion": enterprise_subscription_inclusion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        key = d.pop("key")

        name = d.pop("name")

        auto_generate_course_run_keys = d.pop("auto_generate_course_run_keys")
        if not (isinstance(auto_generate_course_run_keys, bool)):
            raise TypeError(
                f"auto_generate_course_run_keys: expected a boolean, got {type(auto_generate_course_run_keys).__name__}"
            )

        def _parse_certificate_logo_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certificate_logo_image_url = _parse_certificate_logo_image_url(
            d.pop("certificate_logo_image_url")
        )

        def _parse_logo_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo_image_url = _parse_logo_image_url(d.pop("logo_image_url"))

        def _parse_organization_hex_color(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_hex_color = _parse_organization_hex_color(
            d.pop("organization_hex_color")
        )

        def _parse_data_modified_timestamp(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_modified_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return data_modified_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        data_modified_timestamp = _parse_data_modified_timestamp(
            d.pop("data_modified_timestamp")
        )

        description = d.pop("description")

        description_es = d.pop("description_es")

        def _parse_homepage_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        homepage_url = _parse_homepage_url(d.pop("homepage_url"))

        tags = cast(list[str], d.pop("tags"))

        marketing_url = d.pop("marketing_url")

        slug = d.pop("slug")

        def _parse_banner_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        banner_image_url = _parse_banner_image_url(d.pop("banner_image_url"))

        enterprise_subscription_inclusion = d.pop("enterprise_subscription_inclusion")
        if not (isinstance(enterprise_subscription_inclusion, bool)):
            raise TypeError(
                f"enterprise_subscription_inclusion: expected a boolean, got {type(enterprise_subscription_inclusion).__name__}"
            )

        catalog_organization = cls(
            uuid=uuid,
            key=key,
            name=name,
            auto_generate_course_run_keys=auto_generate_course_run_keys,
            certificate_logo_image_url=certificate_logo_image_url,
            logo_image_url=logo_image_url,
            organization_hex_color=organization_hex_color,
            data_modified_timestamp=data_modified_timestamp,
            description=description,
            description_es=description_es,
            homepage_url=homepage_url,
            tags=tags,
            marketing_url=marketing_url,
            slug=slug,
            banner_image_url=banner_image_url,
            enterprise_subscription_inclusion=enterprise_subscription_inclusion,
        )

        catalog_organization.additional_properties = d
        return catalog_organization

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
