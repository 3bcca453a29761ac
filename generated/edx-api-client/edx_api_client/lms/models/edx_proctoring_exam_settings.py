from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edx_proctoring_exam_settings_exam_proctoring_backend import (
        EdxProctoringExamSettingsExamProctoringBackend,
    )
    from ..models.edx_proctoring_exam_settings_proctoring_settings import (
        EdxProctoringExamSettingsProctoringSettings,
    )


T = TypeVar("T", bound="EdxProctoringExamSettings")


@_attrs_define
class EdxProctoringExamSettings:
    """The proctoring settings of an exam and the configuration of its proctoring backend, the two members the doc's text
    names ("Returns proctoring_settings and exam_proctoring_backend config").

        Attributes:
            proctoring_settings (EdxProctoringExamSettingsProctoringSettings | Unset): The proctoring settings of the exam;
                the doc names none of their members.
            exam_proctoring_backend (EdxProctoringExamSettingsExamProctoringBackend | Unset): The configuration of the
                exam's proctoring backend; the doc names none of its members.
    """

    proctoring_settings: EdxProctoringExamSettingsProctoringSettings | Unset = UNSET
    exam_proctoring_backend: EdxProctoringExamSettingsExamProctoringBackend | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proctoring_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proctoring_settings, Unset):
            proctoring_settings = self.proctoring_settings.to_dict()

        exam_proctoring_backend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exam_proctoring_backend, Unset):
            exam_proctoring_backend = self.exam_proctoring_backend.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if proctoring_settings is not UNSET:
            field_dict["proctoring_settings"] = proctoring_settings
        if exam_proctoring_backend is not UNSET:
            field_dict["exam_proctoring_backend"] = exam_proctoring_backend

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edx_proctoring_exam_settings_exam_proctoring_backend import (
            EdxProctoringExamSettingsExamProctoringBackend,
        )
        from ..models.edx_proctoring_exam_settings_proctoring_settings import (
            EdxProctoringExamSettingsProctoringSettings,
        )

        d = dict(src_dict)
        _proctoring_settings = d.pop("proctoring_settings", UNSET)
        proctoring_settings: EdxProctoringExamSettingsProctoringSettings | Unset
        if isinstance(_proctoring_settings, Unset):
            proctoring_settings = UNSET
        else:
            proctoring_settings = EdxProctoringExamSettingsProctoringSettings.from_dict(
                _proctoring_settings
            )

        _exam_proctoring_backend = d.pop("exam_proctoring_backend", UNSET)
        exam_proctoring_backend: EdxProctoringExamSettingsExamProctoringBackend | Unset
        if isinstance(_exam_proctoring_backend, Unset):
            exam_proctoring_backend = UNSET
        else:
            exam_proctoring_backend = (
                EdxProctoringExamSettingsExamProctoringBackend.from_dict(
                    _exam_proctoring_backend
                )
            )

        edx_proctoring_exam_settings = cls(
            proctoring_settings=proctoring_settings,
            exam_proctoring_backend=exam_proctoring_backend,
        )

        edx_proctoring_exam_settings.additional_properties = d
        return edx_proctoring_exam_settings

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
