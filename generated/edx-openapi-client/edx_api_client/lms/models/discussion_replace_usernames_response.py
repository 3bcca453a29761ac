from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.discussion_replace_usernames_response_failed_replacements_item import (
        DiscussionReplaceUsernamesResponseFailedReplacementsItem,
    )
    from ..models.discussion_replace_usernames_response_successful_replacements_item import (
        DiscussionReplaceUsernamesResponseSuccessfulReplacementsItem,
    )


T = TypeVar("T", bound="DiscussionReplaceUsernamesResponse")


@_attrs_define
class DiscussionReplaceUsernamesResponse:
    """Which replacements succeeded and which failed, each as the mapping sent.

    Attributes:
        successful_replacements (list[DiscussionReplaceUsernamesResponseSuccessfulReplacementsItem]):
        failed_replacements (list[DiscussionReplaceUsernamesResponseFailedReplacementsItem]):
    """

    successful_replacements: list[
        DiscussionReplaceUsernamesResponseSuccessfulReplacementsItem
    ]
    failed_replacements: list[DiscussionReplaceUsernamesResponseFailedReplacementsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successful_replacements = []
        for successful_replacements_item_data in self.successful_replacements:
            successful_replacements_item = successful_replacements_item_data.to_dict()
            successful_replacements.append(successful_replacements_item)

        failed_replacements = []
        for failed_replacements_item_data in self.failed_replacements:
            failed_replacements_item = failed_replacements_item_data.to_dict()
            failed_replacements.append(failed_replacements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successful_replacements": successful_replacements,
                "failed_replacements": failed_replacements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_replace_usernames_response_failed_replacements_item import (
            DiscussionReplaceUsernamesResponseFailedReplacementsItem,
        )
        from ..models.discussion_replace_usernames_response_successful_replacements_item import (
            DiscussionReplaceUsernamesResponseSuccessfulReplacementsItem,
        )

        d = dict(src_dict)
        successful_replacements = []
        _successful_replacements = d.pop("successful_replacements")
        for successful_replacements_item_data in _successful_replacements:
            successful_replacements_item = (
                DiscussionReplaceUsernamesResponseSuccessfulReplacementsItem.from_dict(
                    successful_replacements_item_data
                )
            )

            successful_replacements.append(successful_replacements_item)

        failed_replacements = []
        _failed_replacements = d.pop("failed_replacements")
        for failed_replacements_item_data in _failed_replacements:
            failed_replacements_item = (
                DiscussionReplaceUsernamesResponseFailedReplacementsItem.from_dict(
                    failed_replacements_item_data
                )
            )

            failed_replacements.append(failed_replacements_item)

        discussion_replace_usernames_response = cls(
            successful_replacements=successful_replacements,
            failed_replacements=failed_replacements,
        )

        discussion_replace_usernames_response.additional_properties = d
        return discussion_replace_usernames_response

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
