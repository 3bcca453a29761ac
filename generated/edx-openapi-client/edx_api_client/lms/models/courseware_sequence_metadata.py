from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.courseware_sequence_gated_content import (
        CoursewareSequenceGatedContent,
    )
    from ..models.courseware_sequence_unit import CoursewareSequenceUnit


T = TypeVar("T", bound="CoursewareSequenceMetadata")


@_attrs_define
class CoursewareSequenceMetadata:
    """A sequence (subsection) as the courseware shows it: its identity and position, its units, whether it is a timed or
    proctored exam, prerequisite gating and the banner to show, and how it may be navigated.

        Attributes:
            items (list[CoursewareSequenceUnit]): The sequence's units, in order.
            element_id (str): The sequence's HTML element id.
            item_id (str): The sequence's usage key.
            is_time_limited (bool): Whether the sequence is a timed exam.
            is_proctored (bool): Whether proctoring is enabled for the sequence.
            position (int | None): The learner's last viewed unit, counting from 1; null when none is saved.
            tag (str): The block type (`sequential`).
            next_url (None | str): The next sequence's URL; this view gives none.
            prev_url (None | str): The previous sequence's URL; this view gives none.
            banner_text (None | str): A notice for the learner (a prerequisite or hidden content), if any.
            save_position (bool): Whether the learner's position is saved (not in the public view).
            show_completion (bool): Whether completion is shown (not in the public view).
            gated_content (CoursewareSequenceGatedContent): Whether the sequence is gated behind a prerequisite, and which.
            sequence_name (None | str): The sequence's display name as set, null when unset.
            exclude_units (bool): Whether the units' content was left out (always true here).
            gated_sequence_paywall (None | str): The paywall shown in place of a timed exam with gated content; null when
                none.
            display_name (str): The sequence's display name, or a default.
            format_ (None | str): The sequence's assignment type (`Homework`, say), if any.
            is_hidden_after_due (bool): Whether the content is hidden from the learner because its due date (or the course
                end) has passed.
            navigation_disabled (bool): Whether navigating to other sequences is disabled (the sequence is hidden from the
                table of contents).
    """

    items: list[CoursewareSequenceUnit]
    element_id: str
    item_id: str
    is_time_limited: bool
    is_proctored: bool
    position: int | None
    tag: str
    next_url: None | str
    prev_url: None | str
    banner_text: None | str
    save_position: bool
    show_completion: bool
    gated_content: CoursewareSequenceGatedContent
    sequence_name: None | str
    exclude_units: bool
    gated_sequence_paywall: None | str
    display_name: str
    format_: None | str
    is_hidden_after_due: bool
    navigation_disabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        element_id = self.element_id

        item_id = self.item_id

        is_time_limited = self.is_time_limited

        is_proctored = self.is_proctored

        position: int | None
        position = self.position

        tag = self.tag

        next_url: None | str
        next_url = self.next_url

        prev_url: None | str
        prev_url = self.prev_url

        banner_text: None | str
        banner_text = self.banner_text

        save_position = self.save_position

        show_completion = self.show_completion

        gated_content = self.gated_content.to_dict()

        sequence_name: None | str
        sequence_name = self.sequence_name

        exclude_units = self.exclude_units

        gated_sequence_paywall: None | str
        gated_sequence_paywall = self.gated_sequence_paywall

        display_name = self.display_name

        format_: None | str
        format_ = self.format_

        is_hidden_after_due = self.is_hidden_after_due

        navigation_disabled = self.navigation_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "element_id": element_id,
                "item_id": item_id,
                "is_time_limited": is_time_limited,
                "is_proctored": is_proctored,
                "position": position,
                "tag": tag,
                "next_url": next_url,
                "prev_url": prev_url,
                "banner_text": banner_text,
                "save_position": save_position,
                "show_completion": show_completion,
                "gated_content": gated_content,
                "sequence_name": sequence_name,
                "exclude_units": exclude_units,
                "gated_sequence_paywall": gated_sequence_paywall,
                "display_name": display_name,
                "format": format_,
                "is_hidden_after_due": is_hidden_after_due,
                "navigation_disabled": navigation_disabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courseware_sequence_gated_content import (
            CoursewareSequenceGatedContent,
        )
        from ..models.courseware_sequence_unit import CoursewareSequenceUnit

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CoursewareSequenceUnit.from_dict(items_item_data)

            items.append(items_item)

        element_id = d.pop("element_id")

        item_id = d.pop("item_id")

        is_time_limited = d.pop("is_time_limited")
        if not (isinstance(is_time_limited, bool)):
            raise TypeError(
                f"is_time_limited: expected a boolean, got {type(is_time_limited).__name__}"
            )

        is_proctored = d.pop("is_proctored")
        if not (isinstance(is_proctored, bool)):
            raise TypeError(
                f"is_proctored: expected a boolean, got {type(is_proctored).__name__}"
            )

        def _parse_position(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                position_type_0 = data
                if not (
                    isinstance(position_type_0, int)
                    and not isinstance(position_type_0, bool)
                ):
                    raise TypeError(
                        f"position_type_0: expected an integer, got {type(position_type_0).__name__}"
                    )

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        position = _parse_position(d.pop("position"))

        tag = d.pop("tag")

        def _parse_next_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_url = _parse_next_url(d.pop("next_url"))

        def _parse_prev_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prev_url = _parse_prev_url(d.pop("prev_url"))

        def _parse_banner_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        banner_text = _parse_banner_text(d.pop("banner_text"))

        save_position = d.pop("save_position")
        if not (isinstance(save_position, bool)):
            raise TypeError(
                f"save_position: expected a boolean, got {type(save_position).__name__}"
            )

        show_completion = d.pop("show_completion")
        if not (isinstance(show_completion, bool)):
            raise TypeError(
                f"show_completion: expected a boolean, got {type(show_completion).__name__}"
            )

        gated_content = CoursewareSequenceGatedContent.from_dict(d.pop("gated_content"))

        def _parse_sequence_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sequence_name = _parse_sequence_name(d.pop("sequence_name"))

        exclude_units = d.pop("exclude_units")
        if not (isinstance(exclude_units, bool)):
            raise TypeError(
                f"exclude_units: expected a boolean, got {type(exclude_units).__name__}"
            )

        def _parse_gated_sequence_paywall(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gated_sequence_paywall = _parse_gated_sequence_paywall(
            d.pop("gated_sequence_paywall")
        )

        display_name = d.pop("display_name")

        def _parse_format_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        format_ = _parse_format_(d.pop("format"))

        is_hidden_after_due = d.pop("is_hidden_after_due")
        if not (isinstance(is_hidden_after_due, bool)):
            raise TypeError(
                f"is_hidden_after_due: expected a boolean, got {type(is_hidden_after_due).__name__}"
            )

        navigation_disabled = d.pop("navigation_disabled")
        if not (isinstance(navigation_disabled, bool)):
            raise TypeError(
                f"navigation_disabled: expected a boolean, got {type(navigation_disabled).__name__}"
            )

        courseware_sequence_metadata = cls(
            items=items,
            element_id=element_id,
            item_id=item_id,
            is_time_limited=is_time_limited,
            is_proctored=is_proctored,
            position=position,
            tag=tag,
            next_url=next_url,
            prev_url=prev_url,
            banner_text=banner_text,
            save_position=save_position,
            show_completion=show_completion,
            gated_content=gated_content,
            sequence_name=sequence_name,
            exclude_units=exclude_units,
            gated_sequence_paywall=gated_sequence_paywall,
            display_name=display_name,
            format_=format_,
            is_hidden_after_due=is_hidden_after_due,
            navigation_disabled=navigation_disabled,
        )

        courseware_sequence_metadata.additional_properties = d
        return courseware_sequence_metadata

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
