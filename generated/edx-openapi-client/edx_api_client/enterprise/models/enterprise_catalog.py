from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterpriseCatalog")


@_attrs_define
class EnterpriseCatalog:
    """An enterprise catalog: a set of content that an enterprise customer's learners can enroll in.

    Attributes:
        uuid (UUID | Unset): The UUID of the catalog.
        title (str | Unset): The name of the catalog.
        enterprise_customer (UUID | Unset): The UUID of the enterprise customer the catalog belongs to.
        catalog_query_uuid (None | Unset | UUID): The UUID of the catalog query that selects the catalog's content, or
            null.
        content_last_modified (datetime.datetime | None | Unset): When the content of the catalog last changed; null for
            a catalog without content.
        catalog_modified (datetime.datetime | Unset): When the catalog itself last changed.
        query_title (None | str | Unset): The title of the query the catalog uses, or null.
    """

    uuid: UUID | Unset = UNSET
    title: str | Unset = UNSET
    enterprise_customer: UUID | Unset = UNSET
    catalog_query_uuid: None | Unset | UUID = UNSET
    content_last_modified: datetime.datetime | None | Unset = UNSET
    catalog_modified: datetime.datetime | Unset = UNSET
    query_title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        title = self.title

        enterprise_customer: str | Unset = UNSET
        if not isinstance(self.enterprise_customer, Unset):
            enterprise_customer = str(self.enterprise_customer)

        catalog_query_uuid: None | str | Unset
        if isinstance(self.catalog_query_uuid, Unset):
            catalog_query_uuid = UNSET
        elif isinstance(self.catalog_query_uuid, UUID):
            catalog_query_uuid = str(self.catalog_query_uuid)
        else:
            catalog_query_uuid = self.catalog_query_uuid

        content_last_modified: None | str | Unset
        if isinstance(self.content_last_modified, Unset):
            content_last_modified = UNSET
        elif isinstance(self.content_last_modified, datetime.datetime):
            content_last_modified = self.content_last_modified.isoformat()
        else:
            content_last_modified = self.content_last_modified

        catalog_modified: str | Unset = UNSET
        if not isinstance(self.catalog_modified, Unset):
            catalog_modified = self.catalog_modified.isoformat()

        query_title: None | str | Unset
        if isinstance(self.query_title, Unset):
            query_title = UNSET
        else:
            query_title = self.query_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if enterprise_customer is not UNSET:
            field_dict["enterprise_customer"] = enterprise_customer
        if catalog_query_uuid is not UNSET:
            field_dict["catalog_query_uuid"] = catalog_query_uuid
        if content_last_modified is not UNSET:
            field_dict["content_last_modified"] = content_last_modified
        if catalog_modified is not UNSET:
            field_dict["catalog_modified"] = catalog_modified
        if query_title is not UNSET:
            field_dict["query_title"] = query_title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        title = d.pop("title", UNSET)

        _enterprise_customer = d.pop("enterprise_customer", UNSET)
        enterprise_customer: UUID | Unset
        if isinstance(_enterprise_customer, Unset):
            enterprise_customer = UNSET
        else:
            enterprise_customer = UUID(_enterprise_customer)

        def _parse_catalog_query_uuid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                catalog_query_uuid_type_0 = UUID(data)

                return catalog_query_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        catalog_query_uuid = _parse_catalog_query_uuid(
            d.pop("catalog_query_uuid", UNSET)
        )

        def _parse_content_last_modified(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                content_last_modified_type_0 = datetime.datetime.fromisoformat(data)

                return content_last_modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        content_last_modified = _parse_content_last_modified(
            d.pop("content_last_modified", UNSET)
        )

        _catalog_modified = d.pop("catalog_modified", UNSET)
        catalog_modified: datetime.datetime | Unset
        if isinstance(_catalog_modified, Unset):
            catalog_modified = UNSET
        else:
            catalog_modified = datetime.datetime.fromisoformat(_catalog_modified)

        def _parse_query_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query_title = _parse_query_title(d.pop("query_title", UNSET))

        enterprise_catalog = cls(
            uuid=uuid,
            title=title,
            enterprise_customer=enterprise_customer,
            catalog_query_uuid=catalog_query_uuid,
            content_last_modified=content_last_modified,
            catalog_modified=catalog_modified,
            query_title=query_title,
        )

        enterprise_catalog.additional_properties = d
        return enterprise_catalog

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
