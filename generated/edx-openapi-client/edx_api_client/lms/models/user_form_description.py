from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_form_field import UserFormField


T = TypeVar("T", bound="UserFormDescription")


@_attrs_define
class UserFormDescription:
    """A description of a form the LMS pages draw: how and where to submit it, and its fields in order.

    Attributes:
        method (str): The HTTP method that submits the form, such as `post`.
        submit_url (str): The URL the form is submitted to.
        fields (list[UserFormField]): The form's fields.
    """

    method: str
    submit_url: str
    fields: list[UserFormField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        submit_url = self.submit_url

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "submit_url": submit_url,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_form_field import UserFormField

        d = dict(src_dict)
        method = d.pop("method")

        submit_url = d.pop("submit_url")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = UserFormField.from_dict(fields_item_data)

            fields.append(fields_item)

        user_form_description = cls(
            method=method,
            submit_url=submit_url,
            fields=fields,
        )

        user_form_description.additional_properties = d
        return user_form_description

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
