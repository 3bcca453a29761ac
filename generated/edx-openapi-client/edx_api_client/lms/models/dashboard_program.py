from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dashboard_program_banner_image import DashboardProgramBannerImage
    from ..models.dashboard_program_organization import DashboardProgramOrganization
    from ..models.dashboard_program_progress import DashboardProgramProgress


T = TypeVar("T", bound="DashboardProgram")


@_attrs_define
class DashboardProgram:
    """A program the enterprise learner is enrolled in, with the learner's progress in it: the catalog's identity, title,
    type, banner image and authoring organizations of the program, as the catalog service holds them.

        Attributes:
            uuid (UUID): The program's UUID.
            title (str): The program's title.
            type_ (str): The program's type (MicroMasters, for instance).
            banner_image (DashboardProgramBannerImage): The program's banner image in the sizes the catalog renders it in.
            authoring_organizations (list[DashboardProgramOrganization]): The organizations that author the program, reduced
                to their key and logo.
            progress (DashboardProgramProgress | None): The learner's progress in the program, counted in courses; null when
                the progress meter gives none for the program.
    """

    uuid: UUID
    title: str
    type_: str
    banner_image: DashboardProgramBannerImage
    authoring_organizations: list[DashboardProgramOrganization]
    progress: DashboardProgramProgress | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dashboard_program_progress import DashboardProgramProgress

        uuid = str(self.uuid)

        title = self.title

        type_ = self.type_

        banner_image = self.banner_image.to_dict()

        authoring_organizations = []
        for authoring_organizations_item_data in self.authoring_organizations:
            authoring_organizations_item = authoring_organizations_item_data.to_dict()
            authoring_organizations.append(authoring_organizations_item)

        progress: dict[str, Any] | None
        if isinstance(self.progress, DashboardProgramProgress):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "title": title,
                "type": type_,
                "banner_image": banner_image,
                "authoring_organizations": authoring_organizations,
                "progress": progress,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dashboard_program_banner_image import DashboardProgramBannerImage
        from ..models.dashboard_program_organization import DashboardProgramOrganization
        from ..models.dashboard_program_progress import DashboardProgramProgress

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        title = d.pop("title")

        type_ = d.pop("type")

        banner_image = DashboardProgramBannerImage.from_dict(d.pop("banner_image"))

        authoring_organizations = []
        _authoring_organizations = d.pop("authoring_organizations")
        for authoring_organizations_item_data in _authoring_organizations:
            authoring_organizations_item = DashboardProgramOrganization.from_dict(
                authoring_organizations_item_data
            )

            authoring_organizations.append(authoring_organizations_item)

        def _parse_progress(data: object) -> DashboardProgramProgress | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_0 = DashboardProgramProgress.from_dict(data)

                return progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardProgramProgress | None, data)

        progress = _parse_progress(d.pop("progress"))

        dashboard_program = cls(
            uuid=uuid,
            title=title,
            type_=type_,
            banner_image=banner_image,
            authoring_organizations=authoring_organizations,
            progress=progress,
        )

        dashboard_program.additional_properties = d
        return dashboard_program

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
