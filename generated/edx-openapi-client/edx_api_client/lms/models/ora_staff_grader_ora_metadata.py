from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ora_staff_grader_ora_metadata_type import OraStaffGraderOraMetadataType

if TYPE_CHECKING:
    from ..models.ora_staff_grader_rubric_config import OraStaffGraderRubricConfig


T = TypeVar("T", bound="OraStaffGraderOraMetadata")


@_attrs_define
class OraStaffGraderOraMetadata:
    """The open response assessment's configuration.

    Attributes:
        name (str): The assessment's display name.
        prompts (list[Any]): The assessment's prompts, as the ORA block holds them.
        type_ (OraStaffGraderOraMetadataType): Whether learners answer alone or as a team.
        text_response_config (str): Whether a text response is required or optional; `none` when the assessment takes
            none.
        text_response_editor (str): The editor learners write the text response in.
        file_upload_response_config (str): Whether file uploads are required or optional; `none` when the assessment
            takes none.
        rubric_config (OraStaffGraderRubricConfig): The assessment's rubric.
    """

    name: str
    prompts: list[Any]
    type_: OraStaffGraderOraMetadataType
    text_response_config: str
    text_response_editor: str
    file_upload_response_config: str
    rubric_config: OraStaffGraderRubricConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompts = self.prompts

        type_ = self.type_.value

        text_response_config = self.text_response_config

        text_response_editor = self.text_response_editor

        file_upload_response_config = self.file_upload_response_config

        rubric_config = self.rubric_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompts": prompts,
                "type": type_,
                "textResponseConfig": text_response_config,
                "textResponseEditor": text_response_editor,
                "fileUploadResponseConfig": file_upload_response_config,
                "rubricConfig": rubric_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_rubric_config import OraStaffGraderRubricConfig

        d = dict(src_dict)
        name = d.pop("name")

        prompts = cast(list[Any], d.pop("prompts"))

        type_ = OraStaffGraderOraMetadataType(d.pop("type"))

        text_response_config = d.pop("textResponseConfig")

        text_response_editor = d.pop("textResponseEditor")

        file_upload_response_config = d.pop("fileUploadResponseConfig")

        rubric_config = OraStaffGraderRubricConfig.from_dict(d.pop("rubricConfig"))

        ora_staff_grader_ora_metadata = cls(
            name=name,
            prompts=prompts,
            type_=type_,
            text_response_config=text_response_config,
            text_response_editor=text_response_editor,
            file_upload_response_config=file_upload_response_config,
            rubric_config=rubric_config,
        )

        ora_staff_grader_ora_metadata.additional_properties = d
        return ora_staff_grader_ora_metadata

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
