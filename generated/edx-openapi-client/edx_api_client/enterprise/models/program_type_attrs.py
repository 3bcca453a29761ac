from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgramTypeAttrs")


@_attrs_define
class ProgramTypeAttrs:
    """The program type record of a program.

    Attributes:
        uuid (UUID): The UUID of the program type.
        slug (str): The slug of the program type, for example `masters`.
        coaching_supported (bool): Whether programs of this type offer coaching.
    """

    uuid: UUID
    slug: str
    coaching_supported: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        slug = self.slug

        coaching_supported = self.coaching_supported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "slug": slug,
                "coaching_supported": coaching_supported,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        slug = d.pop("slug")

        coaching_supported = d.pop("coaching_supported")
        if not (isinstance(coaching_supported, bool)):
            raise TypeError(
                f"coaching_supported: expected a boolean, got {type(coaching_supported).__name__}"
            )

        program_type_attrs = cls(
            uuid=uuid,
            slug=slug,
            coaching_supported=coaching_supported,
        )

        program_type_attrs.additional_properties = d
        return program_type_attrs

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
