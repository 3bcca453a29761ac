from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.courses_block_block_counts import CoursesBlockBlockCounts
    from ..models.courses_block_student_view_data import CoursesBlockStudentViewData


T = TypeVar("T", bound="CoursesBlock")


@_attrs_define
class CoursesBlock:
    """One block of a course. `id`, `type` and `display_name` are always returned; most other fields only when asked for
    through `requested_fields` (or the parameter named in the field's description). Further XBlock fields configured by
    the COURSE_BLOCKS_API_EXTRA_FIELDS setting can be returned when requested.

        Attributes:
            id (str): The usage ID of the block.
            type_ (str): The XBlock type of the block, custom types included, e.g. course, chapter, sequential, vertical,
                html, problem, video or discussion.
            display_name (str): The display name of the block.
            children (list[str] | Unset): The IDs of the block's child blocks, if it has any. Requested with `children`.
            completion (float | None | Unset): How far the block is completed, from 0.0 to 1.0, or null for a block that
                cannot be completed. Requested with `completion`.
            block_counts (CoursesBlockBlockCounts | Unset): For each block type named in the `block_counts` parameter, how
                many blocks of that type this block and its descendants hold.
            graded (bool | Unset): Whether the block or one of its descendants is graded. Requested with `graded`.
            format_ (str | Unset): The assignment type of the block, such as "Homework", "Lab", "Midterm Exam" or "Final
                Exam". Requested with `format`.
            student_view_data (CoursesBlockStudentViewData | Unset): The block's JSON data, returned when the
                `student_view_data` parameter names the block's type.
            student_view_url (str | Unset): The URL of the HTML rendering (with CSS and JavaScript) of the block's student
                view; a fallback when `student_view_data` is not supported for the block.
            student_view_multi_device (bool | Unset): Whether the student view HTML at `student_view_url` works on any
                device size and type, mobile and touch devices included. Requested with `student_view_multi_device`.
            lms_web_url (str | Unset): The URL of the block's navigational container on the web LMS, in whichever frontend
                experience (new or legacy) is active; a further fallback.
            legacy_web_url (str | Unset): Like `lms_web_url`, but always in the legacy frontend experience; transitional, to
                be removed with DEPR-109.
            lti_url (str | Unset): The block's URL for an LTI consumer; only returned when the ENABLE_LTI_PROVIDER setting
                is true.
            due (Any | Unset): The block's due date. Requested with `due`.
            show_correctness (Any | Unset): Whether learners are shown scores and correctness for the sequence or problem.
                Requested with `show_correctness`.
    """

    id: str
    type_: str
    display_name: str
    children: list[str] | Unset = UNSET
    completion: float | None | Unset = UNSET
    block_counts: CoursesBlockBlockCounts | Unset = UNSET
    graded: bool | Unset = UNSET
    format_: str | Unset = UNSET
    student_view_data: CoursesBlockStudentViewData | Unset = UNSET
    student_view_url: str | Unset = UNSET
    student_view_multi_device: bool | Unset = UNSET
    lms_web_url: str | Unset = UNSET
    legacy_web_url: str | Unset = UNSET
    lti_url: str | Unset = UNSET
    due: Any | Unset = UNSET
    show_correctness: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        display_name = self.display_name

        children: list[str] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = self.children

        completion: float | None | Unset
        if isinstance(self.completion, Unset):
            completion = UNSET
        else:
            completion = self.completion

        block_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block_counts, Unset):
            block_counts = self.block_counts.to_dict()

        graded = self.graded

        format_ = self.format_

        student_view_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.student_view_data, Unset):
            student_view_data = self.student_view_data.to_dict()

        student_view_url = self.student_view_url

        student_view_multi_device = self.student_view_multi_device

        lms_web_url = self.lms_web_url

        legacy_web_url = self.legacy_web_url

        lti_url = self.lti_url

        due = self.due

        show_correctness = self.show_correctness

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "display_name": display_name,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children
        if completion is not UNSET:
            field_dict["completion"] = completion
        if block_counts is not UNSET:
            field_dict["block_counts"] = block_counts
        if graded is not UNSET:
            field_dict["graded"] = graded
        if format_ is not UNSET:
            field_dict["format"] = format_
        if student_view_data is not UNSET:
            field_dict["student_view_data"] = student_view_data
        if student_view_url is not UNSET:
            field_dict["student_view_url"] = student_view_url
        if student_view_multi_device is not UNSET:
            field_dict["student_view_multi_device"] = student_view_multi_device
        if lms_web_url is not UNSET:
            field_dict["lms_web_url"] = lms_web_url
        if legacy_web_url is not UNSET:
            field_dict["legacy_web_url"] = legacy_web_url
        if lti_url is not UNSET:
            field_dict["lti_url"] = lti_url
        if due is not UNSET:
            field_dict["due"] = due
        if show_correctness is not UNSET:
            field_dict["show_correctness"] = show_correctness

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courses_block_block_counts import CoursesBlockBlockCounts
        from ..models.courses_block_student_view_data import CoursesBlockStudentViewData

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        display_name = d.pop("display_name")

        children = cast(list[str], d.pop("children", UNSET))

        def _parse_completion(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                completion_type_0 = data
                if not (
                    isinstance(completion_type_0, (int, float))
                    and not isinstance(completion_type_0, bool)
                ):
                    raise TypeError(
                        f"completion_type_0: expected a number, got {type(completion_type_0).__name__}"
                    )

                return completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | Unset, data)

        completion = _parse_completion(d.pop("completion", UNSET))

        _block_counts = d.pop("block_counts", UNSET)
        block_counts: CoursesBlockBlockCounts | Unset
        if isinstance(_block_counts, Unset):
            block_counts = UNSET
        else:
            block_counts = CoursesBlockBlockCounts.from_dict(_block_counts)

        graded = d.pop("graded", UNSET)
        if not isinstance(graded, Unset) and not (isinstance(graded, bool)):
            raise TypeError(f"graded: expected a boolean, got {type(graded).__name__}")

        format_ = d.pop("format", UNSET)

        _student_view_data = d.pop("student_view_data", UNSET)
        student_view_data: CoursesBlockStudentViewData | Unset
        if isinstance(_student_view_data, Unset):
            student_view_data = UNSET
        else:
            student_view_data = CoursesBlockStudentViewData.from_dict(
                _student_view_data
            )

        student_view_url = d.pop("student_view_url", UNSET)

        student_view_multi_device = d.pop("student_view_multi_device", UNSET)
        if not isinstance(student_view_multi_device, Unset) and not (
            isinstance(student_view_multi_device, bool)
        ):
            raise TypeError(
                f"student_view_multi_device: expected a boolean, got {type(student_view_multi_device).__name__}"
            )

        lms_web_url = d.pop("lms_web_url", UNSET)

        legacy_web_url = d.pop("legacy_web_url", UNSET)

        lti_url = d.pop("lti_url", UNSET)

        due = d.pop("due", UNSET)

        show_correctness = d.pop("show_correctness", UNSET)

        courses_block = cls(
            id=id,
            type_=type_,
            display_name=display_name,
            children=children,
            completion=completion,
            block_counts=block_counts,
            graded=graded,
            format_=format_,
            student_view_data=student_view_data,
            student_view_url=student_view_url,
            student_view_multi_device=student_view_multi_device,
            lms_web_url=lms_web_url,
            legacy_web_url=legacy_web_url,
            lti_url=lti_url,
            due=due,
            show_correctness=show_correctness,
        )

        courses_block.additional_properties = d
        return courses_block

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
