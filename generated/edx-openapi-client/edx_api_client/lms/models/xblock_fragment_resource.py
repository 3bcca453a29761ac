from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="XblockFragmentResource")


@_attrs_define
class XblockFragmentResource:
    """One resource of a rendered fragment.

    Attributes:
        kind (str): Whether `data` is the resource itself (`text`) or its address (`url`).
        data (str): The resource's text or URL.
        mimetype (str): The resource's MIME type, such as `text/css` or `application/javascript`.
        placement (str): Where in the page the resource goes, such as `head` or `foot`.
    """

    kind: str
    data: str
    mimetype: str
    placement: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        data = self.data

        mimetype = self.mimetype

        placement = self.placement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "data": data,
                "mimetype": mimetype,
                "placement": placement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = d.pop("kind")

        data = d.pop("data")

        mimetype = d.pop("mimetype")

        placement = d.pop("placement")

        xblock_fragment_resource = cls(
            kind=kind,
            data=data,
            mimetype=mimetype,
            placement=placement,
        )

        xblock_fragment_resource.additional_properties = d
        return xblock_fragment_resource

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
