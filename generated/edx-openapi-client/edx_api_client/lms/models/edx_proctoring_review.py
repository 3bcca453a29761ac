from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edx_proctoring_review_status import EdxProctoringReviewStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edx_proctoring_review_comment import EdxProctoringReviewComment
    from ..models.edx_proctoring_review_payload import EdxProctoringReviewPayload


T = TypeVar("T", bound="EdxProctoringReview")


@_attrs_define
class EdxProctoringReview:
    """A review in the plugin's standard form. The whole body is also kept as the review's raw data (without
    `videoReviewLink`).

        Attributes:
            status (EdxProctoringReviewStatus):
            reviewed_by (str | Unset): The email of the reviewer, if they have an account.
            comments (list[EdxProctoringReviewComment] | Unset):
            payload (EdxProctoringReviewPayload | Unset): The service's own data; its `videoReviewLink` is stored encrypted.
            video_review_link (str | Unset): Removed from the raw data that is stored.
    """

    status: EdxProctoringReviewStatus
    reviewed_by: str | Unset = UNSET
    comments: list[EdxProctoringReviewComment] | Unset = UNSET
    payload: EdxProctoringReviewPayload | Unset = UNSET
    video_review_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        reviewed_by = self.reviewed_by

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = []
            for comments_item_data in self.comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        video_review_link = self.video_review_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if reviewed_by is not UNSET:
            field_dict["reviewed_by"] = reviewed_by
        if comments is not UNSET:
            field_dict["comments"] = comments
        if payload is not UNSET:
            field_dict["payload"] = payload
        if video_review_link is not UNSET:
            field_dict["videoReviewLink"] = video_review_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edx_proctoring_review_comment import EdxProctoringReviewComment
        from ..models.edx_proctoring_review_payload import EdxProctoringReviewPayload

        d = dict(src_dict)
        status = EdxProctoringReviewStatus(d.pop("status"))

        reviewed_by = d.pop("reviewed_by", UNSET)

        _comments = d.pop("comments", UNSET)
        comments: list[EdxProctoringReviewComment] | Unset = UNSET
        if _comments is not UNSET:
            comments = []
            for comments_item_data in _comments:
                comments_item = EdxProctoringReviewComment.from_dict(comments_item_data)

                comments.append(comments_item)

        _payload = d.pop("payload", UNSET)
        payload: EdxProctoringReviewPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = EdxProctoringReviewPayload.from_dict(_payload)

        video_review_link = d.pop("videoReviewLink", UNSET)

        edx_proctoring_review = cls(
            status=status,
            reviewed_by=reviewed_by,
            comments=comments,
            payload=payload,
            video_review_link=video_review_link,
        )

        edx_proctoring_review.additional_properties = d
        return edx_proctoring_review

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
