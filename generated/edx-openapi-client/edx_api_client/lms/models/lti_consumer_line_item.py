from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LtiConsumerLineItem")


@_attrs_define
class LtiConsumerLineItem:
    """An LTI Advantage Assignment and Grade Services line item (a gradebook column) of an LTI configuration.

    Attributes:
        resource_id (str): The identifier of the resource the line item is for; the doc gives no description.
        label (str): The line item's label; the doc gives no description.
        score_maximum (int): The maximum score of the line item; the doc gives no description.
        id (str | Unset): The line item's identifier, assigned by the server.
        resource_link_id (str | Unset): The identifier of the resource link the line item is tied to; the doc gives no
            description.
        tag (str | Unset): The line item's tag; the doc gives no description.
        start_date_time (str | Unset): When the line item's activity starts; the doc types it only as a string.
        end_date_time (str | Unset): When the line item's activity ends; the doc types it only as a string.
    """

    resource_id: str
    label: str
    score_maximum: int
    id: str | Unset = UNSET
    resource_link_id: str | Unset = UNSET
    tag: str | Unset = UNSET
    start_date_time: str | Unset = UNSET
    end_date_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        label = self.label

        score_maximum = self.score_maximum

        id = self.id

        resource_link_id = self.resource_link_id

        tag = self.tag

        start_date_time = self.start_date_time

        end_date_time = self.end_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceId": resource_id,
                "label": label,
                "scoreMaximum": score_maximum,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if resource_link_id is not UNSET:
            field_dict["resourceLinkId"] = resource_link_id
        if tag is not UNSET:
            field_dict["tag"] = tag
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        resource_id = d.pop("resourceId")

        label = d.pop("label")

        score_maximum = d.pop("scoreMaximum")

        id = d.pop("id", UNSET)

        resource_link_id = d.pop("resourceLinkId", UNSET)

        tag = d.pop("tag", UNSET)

        start_date_time = d.pop("startDateTime", UNSET)

        end_date_time = d.pop("endDateTime", UNSET)

        lti_consumer_line_item = cls(
            resource_id=resource_id,
            label=label,
            score_maximum=score_maximum,
            id=id,
            resource_link_id=resource_link_id,
            tag=tag,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
        )

        lti_consumer_line_item.additional_properties = d
        return lti_consumer_line_item

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
