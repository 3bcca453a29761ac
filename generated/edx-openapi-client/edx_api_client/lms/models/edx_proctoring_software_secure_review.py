from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edx_proctoring_software_secure_review_review_status import (
    EdxProctoringSoftwareSecureReviewReviewStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edx_proctoring_software_secure_comment import (
        EdxProctoringSoftwareSecureComment,
    )
    from ..models.edx_proctoring_software_secure_review_exam_meta_data import (
        EdxProctoringSoftwareSecureReviewExamMetaData,
    )


T = TypeVar("T", bound="EdxProctoringSoftwareSecureReview")


@_attrs_define
class EdxProctoringSoftwareSecureReview:
    """A review in the Software Secure format. Members other than these are kept as the review's raw data.

    Attributes:
        exam_meta_data (EdxProctoringSoftwareSecureReviewExamMetaData):
        review_status (EdxProctoringSoftwareSecureReviewReviewStatus):
        video_review_link (str | Unset): A link to the review video; stored encrypted and removed from the raw data.
        web_cam_comments (list[EdxProctoringSoftwareSecureComment] | Unset):
        desktop_comments (list[EdxProctoringSoftwareSecureComment] | Unset):
    """

    exam_meta_data: EdxProctoringSoftwareSecureReviewExamMetaData
    review_status: EdxProctoringSoftwareSecureReviewReviewStatus
    video_review_link: str | Unset = UNSET
    web_cam_comments: list[EdxProctoringSoftwareSecureComment] | Unset = UNSET
    desktop_comments: list[EdxProctoringSoftwareSecureComment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam_meta_data = self.exam_meta_data.to_dict()

        review_status = self.review_status.value

        video_review_link = self.video_review_link

        web_cam_comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.web_cam_comments, Unset):
            web_cam_comments = []
            for web_cam_comments_item_data in self.web_cam_comments:
                web_cam_comments_item = web_cam_comments_item_data.to_dict()
                web_cam_comments.append(web_cam_comments_item)

        desktop_comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.desktop_comments, Unset):
            desktop_comments = []
            for desktop_comments_item_data in self.desktop_comments:
                desktop_comments_item = desktop_comments_item_data.to_dict()
                desktop_comments.append(desktop_comments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examMetaData": exam_meta_data,
                "reviewStatus": review_status,
            }
        )
        if video_review_link is not UNSET:
            field_dict["videoReviewLink"] = video_review_link
        if web_cam_comments is not UNSET:
            field_dict["webCamComments"] = web_cam_comments
        if desktop_comments is not UNSET:
            field_dict["desktopComments"] = desktop_comments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edx_proctoring_software_secure_comment import (
            EdxProctoringSoftwareSecureComment,
        )
        from ..models.edx_proctoring_software_secure_review_exam_meta_data import (
            EdxProctoringSoftwareSecureReviewExamMetaData,
        )

        d = dict(src_dict)
        exam_meta_data = EdxProctoringSoftwareSecureReviewExamMetaData.from_dict(
            d.pop("examMetaData")
        )

        review_status = EdxProctoringSoftwareSecureReviewReviewStatus(
            d.pop("reviewStatus")
        )

        video_review_link = d.pop("videoReviewLink", UNSET)

        _web_cam_comments = d.pop("webCamComments", UNSET)
        web_cam_comments: list[EdxProctoringSoftwareSecureComment] | Unset = UNSET
        if _web_cam_comments is not UNSET:
            web_cam_comments = []
            for web_cam_comments_item_data in _web_cam_comments:
                web_cam_comments_item = EdxProctoringSoftwareSecureComment.from_dict(
                    web_cam_comments_item_data
                )

                web_cam_comments.append(web_cam_comments_item)

        _desktop_comments = d.pop("desktopComments", UNSET)
        desktop_comments: list[EdxProctoringSoftwareSecureComment] | Unset = UNSET
        if _desktop_comments is not UNSET:
            desktop_comments = []
            for desktop_comments_item_data in _desktop_comments:
                desktop_comments_item = EdxProctoringSoftwareSecureComment.from_dict(
                    desktop_comments_item_data
                )

                desktop_comments.append(desktop_comments_item)

        edx_proctoring_software_secure_review = cls(
            exam_meta_data=exam_meta_data,
            review_status=review_status,
            video_review_link=video_review_link,
            web_cam_comments=web_cam_comments,
            desktop_comments=desktop_comments,
        )

        edx_proctoring_software_secure_review.additional_properties = d
        return edx_proctoring_software_secure_review

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
