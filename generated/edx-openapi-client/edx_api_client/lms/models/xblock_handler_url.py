from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="XblockHandlerUrl")


@_attrs_define
class XblockHandlerUrl:
    """A URL for calling the block's handlers.

    Attributes:
        handler_url (str): The absolute URL of the named handler; it carries its own token, so it needs no other
            authentication, and the handler name in it may be swapped for another handler of the same block.
    """

    handler_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        handler_url = self.handler_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "handler_url": handler_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        handler_url = d.pop("handler_url")

        xblock_handler_url = cls(
            handler_url=handler_url,
        )

        xblock_handler_url.additional_properties = d
        return xblock_handler_url

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
