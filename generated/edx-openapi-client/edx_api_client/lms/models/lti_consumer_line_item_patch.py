from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LtiConsumerLineItemPatch")


@_attrs_define
class LtiConsumerLineItemPatch:
    """A partial change to a line item: the fields sent replace the stored ones, none is required.

    Attributes:
        resource_id (str | Unset): The identifier of the resource the line item is for.
        resource_link_id (str | Unset): The usage key of the LTI block the line item is tied to.
        label (str | Unset): The line item's label.
        score_maximum (int | Unset): The maximum score of the line item.
        tag (str | Unset): The line item's tag.
        start_date_time (datetime.datetime | Unset): When the line item's activity starts.
        end_date_time (datetime.datetime | Unset): When the line item's activity ends.
    """

    resource_id: str | Unset = UNSET
    resource_link_id: str | Unset = UNSET
    label: str | Unset = UNSET
    score_maximum: int | Unset = UNSET
    tag: str | Unset = UNSET
    start_date_time: datetime.datetime | Unset = UNSET
    end_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        resource_link_id = self.resource_link_id

        label = self.label

        score_maximum = self.score_maximum

        tag = self.tag

        start_date_time: str | Unset = UNSET
        if not isinstance(self.start_date_time, Unset):
            start_date_time = self.start_date_time.isoformat()

        end_date_time: str | Unset = UNSET
        if not isinstance(self.end_date_time, Unset):
            end_date_time = self.end_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if resource_link_id is not UNSET:
            field_dict["resourceLinkId"] = resource_link_id
        if label is not UNSET:
            field_dict["label"] = label
        if score_maximum is not UNSET:
            field_dict["scoreMaximum"] = score_maximum
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
        resource_id = d.pop("resourceId", UNSET)

        resource_link_id = d.pop("resourceLinkId", UNSET)

        label = d.pop("label", UNSET)

        score_maximum = d.pop("scoreMaximum", UNSET)
        if not isinstance(score_maximum, Unset) and not (
            isinstance(score_maximum, int) and not isinstance(score_maximum, bool)
        ):
            raise TypeError(
                f"scoreMaximum: expected an integer, got {type(score_maximum).__name__}"
            )

        tag = d.pop("tag", UNSET)

        _start_date_time = d.pop("startDateTime", UNSET)
        start_date_time: datetime.datetime | Unset
        if isinstance(_start_date_time, Unset):
            start_date_time = UNSET
        else:
            start_date_time = datetime.datetime.fromisoformat(_start_date_time)

        _end_date_time = d.pop("endDateTime", UNSET)
        end_date_time: datetime.datetime | Unset
        if isinstance(_end_date_time, Unset):
            end_date_time = UNSET
        else:
            end_date_time = datetime.datetime.fromisoformat(_end_date_time)

        lti_consumer_line_item_patch = cls(
            resource_id=resource_id,
            resource_link_id=resource_link_id,
            label=label,
            score_maximum=score_maximum,
            tag=tag,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
        )

        lti_consumer_line_item_patch.additional_properties = d
        return lti_consumer_line_item_patch

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
