from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LtiConsumerLineItem")


@_attrs_define
class LtiConsumerLineItem:
    """An LTI Advantage Assignment and Grade Services line item (a gradebook column) of an LTI configuration. A line item
    must name its resource, its resource link, or both.

        Attributes:
            label (str): The line item's label.
            score_maximum (int): The maximum score of the line item.
            id (str | Unset): The line item's identifier, assigned by the server; the app answers the URL of the line item.
            resource_id (str | Unset): The identifier of the resource the line item is for.
            resource_link_id (None | str | Unset): The identifier of the resource link the line item is tied to (the usage
                key of the LTI block). Null when the line item names none.
            tag (str | Unset): The line item's tag.
            start_date_time (datetime.datetime | None | Unset): When the line item's activity starts. Null when unset.
            end_date_time (datetime.datetime | None | Unset): When the line item's activity ends. Null when unset.
    """

    label: str
    score_maximum: int
    id: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_link_id: None | str | Unset = UNSET
    tag: str | Unset = UNSET
    start_date_time: datetime.datetime | None | Unset = UNSET
    end_date_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        score_maximum = self.score_maximum

        id = self.id

        resource_id = self.resource_id

        resource_link_id: None | str | Unset
        if isinstance(self.resource_link_id, Unset):
            resource_link_id = UNSET
        else:
            resource_link_id = self.resource_link_id

        tag = self.tag

        start_date_time: None | str | Unset
        if isinstance(self.start_date_time, Unset):
            start_date_time = UNSET
        elif isinstance(self.start_date_time, datetime.datetime):
            start_date_time = self.start_date_time.isoformat()
        else:
            start_date_time = self.start_date_time

        end_date_time: None | str | Unset
        if isinstance(self.end_date_time, Unset):
            end_date_time = UNSET
        elif isinstance(self.end_date_time, datetime.datetime):
            end_date_time = self.end_date_time.isoformat()
        else:
            end_date_time = self.end_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "scoreMaximum": score_maximum,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
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
        label = d.pop("label")

        score_maximum = d.pop("scoreMaximum")
        if not (isinstance(score_maximum, int) and not isinstance(score_maximum, bool)):
            raise TypeError(
                f"scoreMaximum: expected an integer, got {type(score_maximum).__name__}"
            )

        id = d.pop("id", UNSET)

        resource_id = d.pop("resourceId", UNSET)

        def _parse_resource_link_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_link_id = _parse_resource_link_id(d.pop("resourceLinkId", UNSET))

        tag = d.pop("tag", UNSET)

        def _parse_start_date_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date_time = _parse_start_date_time(d.pop("startDateTime", UNSET))

        def _parse_end_date_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date_time = _parse_end_date_time(d.pop("endDateTime", UNSET))

        lti_consumer_line_item = cls(
            label=label,
            score_maximum=score_maximum,
            id=id,
            resource_id=resource_id,
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
