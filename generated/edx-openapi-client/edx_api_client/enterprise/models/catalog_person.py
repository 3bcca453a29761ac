from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalog_person_position import CatalogPersonPosition
    from ..models.catalog_person_profile_image import CatalogPersonProfileImage
    from ..models.catalog_person_url_detail import CatalogPersonUrlDetail
    from ..models.catalog_person_urls import CatalogPersonUrls


T = TypeVar("T", bound="CatalogPerson")


@_attrs_define
class CatalogPerson:
    """A person record: an instructor or a staff member.

    Attributes:
        uuid (UUID): The UUID of the person.
        salutation (None | str): The salutation of the person.
        given_name (str): The given name.
        family_name (str): The family name.
        bio (str): A biography of the person.
        slug (str): The slug that identifies the person in URLs.
        position (CatalogPersonPosition): The position a person holds at an organization.
        areas_of_expertise (list[Any]): The areas of expertise of the person.
        profile_image (CatalogPersonProfileImage): The profile image of a person, by size.
        works (list[Any]): The works of the person.
        urls (CatalogPersonUrls): A person's social links, by kind.
        urls_detailed (list[CatalogPersonUrlDetail]): The person's social links, one record each.
        email (None | str): The email address of the person.
        profile_image_url (str): The URL of the profile image.
        major_works (str): The major works of the person.
        published (bool): Whether the person record is published.
    """

    uuid: UUID
    salutation: None | str
    given_name: str
    family_name: str
    bio: str
    slug: str
    position: CatalogPersonPosition
    areas_of_expertise: list[Any]
    profile_image: CatalogPersonProfileImage
    works: list[Any]
    urls: CatalogPersonUrls
    urls_detailed: list[CatalogPersonUrlDetail]
    email: None | str
    profile_image_url: str
    major_works: str
    published: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        salutation: None | str
        salutation = self.salutation

        given_name = self.given_name

        family_name = self.family_name

        bio = self.bio

        slug = self.slug

        position = self.position.to_dict()

        areas_of_expertise = self.areas_of_expertise

        profile_image = self.profile_image.to_dict()

        works = self.works

        urls = self.urls.to_dict()

        urls_detailed = []
        for urls_detailed_item_data in self.urls_detailed:
            urls_detailed_item = urls_detailed_item_data.to_dict()
            urls_detailed.append(urls_detailed_item)

        email: None | str
        email = self.email

        profile_image_url = self.profile_image_url

        major_works = self.major_works

        published = self.published

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "salutation": salutation,
                "given_name": given_name,
                "family_name": family_name,
                "bio": bio,
                "slug": slug,
                "position": position,
                "areas_of_expertise": areas_of_expertise,
                "profile_image": profile_image,
                "works": works,
                "urls": urls,
                "urls_detailed": urls_detailed,
                "email": email,
                "profile_image_url": profile_image_url,
                "major_works": major_works,
                "published": published,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_person_position import CatalogPersonPosition
        from ..models.catalog_person_profile_image import CatalogPersonProfileImage
        from ..models.catalog_person_url_detail import CatalogPersonUrlDetail
        from ..models.catalog_person_urls import CatalogPersonUrls

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        def _parse_salutation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        salutation = _parse_salutation(d.pop("salutation"))

        given_name = d.pop("given_name")

        family_name = d.pop("family_name")

        bio = d.pop("bio")

        slug = d.pop("slug")

        position = CatalogPersonPosition.from_dict(d.pop("position"))

        areas_of_expertise = cast(list[Any], d.pop("areas_of_expertise"))

        profile_image = CatalogPersonProfileImage.from_dict(d.pop("profile_image"))

        works = cast(list[Any], d.pop("works"))

        urls = CatalogPersonUrls.from_dict(d.pop("urls"))

        urls_detailed = []
        _urls_detailed = d.pop("urls_detailed")
        for urls_detailed_item_data in _urls_detailed:
            urls_detailed_item = CatalogPersonUrlDetail.from_dict(
                urls_detailed_item_data
            )

            urls_detailed.append(urls_detailed_item)

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        profile_image_url = d.pop("profile_image_url")

        major_works = d.pop("major_works")

        published = d.pop("published")
        if not (isinstance(published, bool)):
            raise TypeError(
                f"published: expected a boolean, got {type(published).__name__}"
            )

        catalog_person = cls(
            uuid=uuid,
            salutation=salutation,
            given_name=given_name,
            family_name=family_name,
            bio=bio,
            slug=slug,
            position=position,
            areas_of_expertise=areas_of_expertise,
            profile_image=profile_image,
            works=works,
            urls=urls,
            urls_detailed=urls_detailed,
            email=email,
            profile_image_url=profile_image_url,
            major_works=major_works,
            published=published,
        )

        catalog_person.additional_properties = d
        return catalog_person

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
