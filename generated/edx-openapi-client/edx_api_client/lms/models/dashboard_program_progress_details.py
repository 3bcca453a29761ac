from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dashboard_pathway import DashboardPathway
    from ..models.dashboard_program_progress_details_certificate_data_item import (
        DashboardProgramProgressDetailsCertificateDataItem,
    )
    from ..models.dashboard_program_progress_details_course_data import (
        DashboardProgramProgressDetailsCourseData,
    )
    from ..models.dashboard_program_progress_details_program_data import (
        DashboardProgramProgressDetailsProgramData,
    )
    from ..models.dashboard_program_urls import DashboardProgramUrls


T = TypeVar("T", bound="DashboardProgramProgressDetails")


@_attrs_define
class DashboardProgramProgressDetails:
    """A learner's progress details in one program.

    Attributes:
        urls (DashboardProgramUrls): The URLs the program page links to.
        program_data (DashboardProgramProgressDetailsProgramData): The program as the catalog service describes it,
            without its list of courses, plus the learner's purchase eligibility; members beyond those named here are the
            catalog's.
        course_data (DashboardProgramProgressDetailsCourseData): The program's courses, sorted by the learner's progress
            in them.
        certificate_data (list[DashboardProgramProgressDetailsCertificateDataItem]): The certificates the learner has
            earned in the program's courses and for the program.
        industry_pathways (list[DashboardPathway]): The program's industry pathways (additional credit opportunities).
        credit_pathways (list[DashboardPathway]): The program's credit pathways (additional credit opportunities).
    """

    urls: DashboardProgramUrls
    program_data: DashboardProgramProgressDetailsProgramData
    course_data: DashboardProgramProgressDetailsCourseData
    certificate_data: list[DashboardProgramProgressDetailsCertificateDataItem]
    industry_pathways: list[DashboardPathway]
    credit_pathways: list[DashboardPathway]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urls = self.urls.to_dict()

        program_data = self.program_data.to_dict()

        course_data = self.course_data.to_dict()

        certificate_data = []
        for certificate_data_item_data in self.certificate_data:
            certificate_data_item = certificate_data_item_data.to_dict()
            certificate_data.append(certificate_data_item)

        industry_pathways = []
        for industry_pathways_item_data in self.industry_pathways:
            industry_pathways_item = industry_pathways_item_data.to_dict()
            industry_pathways.append(industry_pathways_item)

        credit_pathways = []
        for credit_pathways_item_data in self.credit_pathways:
            credit_pathways_item = credit_pathways_item_data.to_dict()
            credit_pathways.append(credit_pathways_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urls": urls,
                "program_data": program_data,
                "course_data": course_data,
                "certificate_data": certificate_data,
                "industry_pathways": industry_pathways,
                "credit_pathways": credit_pathways,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dashboard_pathway import DashboardPathway
        from ..models.dashboard_program_progress_details_certificate_data_item import (
            DashboardProgramProgressDetailsCertificateDataItem,
        )
        from ..models.dashboard_program_progress_details_course_data import (
            DashboardProgramProgressDetailsCourseData,
        )
        from ..models.dashboard_program_progress_details_program_data import (
            DashboardProgramProgressDetailsProgramData,
        )
        from ..models.dashboard_program_urls import DashboardProgramUrls

        d = dict(src_dict)
        urls = DashboardProgramUrls.from_dict(d.pop("urls"))

        program_data = DashboardProgramProgressDetailsProgramData.from_dict(
            d.pop("program_data")
        )

        course_data = DashboardProgramProgressDetailsCourseData.from_dict(
            d.pop("course_data")
        )

        certificate_data = []
        _certificate_data = d.pop("certificate_data")
        for certificate_data_item_data in _certificate_data:
            certificate_data_item = (
                DashboardProgramProgressDetailsCertificateDataItem.from_dict(
                    certificate_data_item_data
                )
            )

            certificate_data.append(certificate_data_item)

        industry_pathways = []
        _industry_pathways = d.pop("industry_pathways")
        for industry_pathways_item_data in _industry_pathways:
            industry_pathways_item = DashboardPathway.from_dict(
                industry_pathways_item_data
            )

            industry_pathways.append(industry_pathways_item)

        credit_pathways = []
        _credit_pathways = d.pop("credit_pathways")
        for credit_pathways_item_data in _credit_pathways:
            credit_pathways_item = DashboardPathway.from_dict(credit_pathways_item_data)

            credit_pathways.append(credit_pathways_item)

        dashboard_program_progress_details = cls(
            urls=urls,
            program_data=program_data,
            course_data=course_data,
            certificate_data=certificate_data,
            industry_pathways=industry_pathways,
            credit_pathways=credit_pathways,
        )

        dashboard_program_progress_details.additional_properties = d
        return dashboard_program_progress_details

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
