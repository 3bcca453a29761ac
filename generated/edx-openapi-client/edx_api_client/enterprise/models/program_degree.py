from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.program_degree_additional_metadata import (
        ProgramDegreeAdditionalMetadata,
    )
    from ..models.program_degree_lead_capture_image import ProgramDegreeLeadCaptureImage
    from ..models.program_degree_micromasters_background_image import (
        ProgramDegreeMicromastersBackgroundImage,
    )


T = TypeVar("T", bound="ProgramDegree")


@_attrs_define
class ProgramDegree:
    """The degree record of a program.

    Attributes:
        application_requirements (str): What applicants must provide.
        apply_url (str): The URL where learners apply; may be empty.
        banner_border_color (str): The border color of the degree banner.
        campus_image (None | str): The campus image.
        title_background_image (None | str): The background image behind the title.
        costs (list[Any]): The cost records of the degree.
        deadlines (list[Any]): The deadline records of the degree.
        lead_capture_list_name (str): The name of the lead capture list.
        quick_facts (list[Any]): Quick facts about the degree.
        overall_ranking (str): The overall ranking of the degree.
        prerequisite_coursework (str): The coursework required before the degree.
        rankings (list[Any]): The ranking records of the degree.
        lead_capture_image (ProgramDegreeLeadCaptureImage): The image of the lead capture form.
        micromasters_path (None | str): The path of the related MicroMasters.
        micromasters_url (None | str): The URL of the related MicroMasters.
        micromasters_long_title (None | str): The long title of the related MicroMasters.
        micromasters_long_description (None | str): The long description of the related MicroMasters.
        micromasters_background_image (ProgramDegreeMicromastersBackgroundImage): The background image of the related
            MicroMasters.
        micromasters_org_name_override (None | str): An organization name shown for the MicroMasters instead of its own.
        costs_fine_print (None | str): The fine print about costs.
        deadlines_fine_print (None | str): The fine print about deadlines.
        hubspot_lead_capture_form_id (None | str): The identifier of the HubSpot lead capture form.
        additional_metadata (ProgramDegreeAdditionalMetadata): Metadata of a degree at its external partner.
        specializations (list[str]): The specializations the degree offers.
        program_duration_override (int | None): A program duration that replaces the computed one.
        display_on_org_page (bool): Whether the degree is shown on its organization's page.
        excluded_from_search (bool): Whether the degree is kept out of search results.
        excluded_from_seo (bool): Whether search engines are asked not to index the degree.
    """

    application_requirements: str
    apply_url: str
    banner_border_color: str
    campus_image: None | str
    title_background_image: None | str
    costs: list[Any]
    deadlines: list[Any]
    lead_capture_list_name: str
    quick_facts: list[Any]
    overall_ranking: str
    prerequisite_coursework: str
    rankings: list[Any]
    lead_capture_image: ProgramDegreeLeadCaptureImage
    micromasters_path: None | str
    micromasters_url: None | str
    micromasters_long_title: None | str
    micromasters_long_description: None | str
    micromasters_background_image: ProgramDegreeMicromastersBackgroundImage
    micromasters_org_name_override: None | str
    costs_fine_print: None | str
    deadlines_fine_print: None | str
    hubspot_lead_capture_form_id: None | str
    additional_metadata: ProgramDegreeAdditionalMetadata
    specializations: list[str]
    program_duration_override: int | None
    display_on_org_page: bool
    excluded_from_search: bool
    excluded_from_seo: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_requirements = self.application_requirements

        apply_url = self.apply_url

        banner_border_color = self.banner_border_color

        campus_image: None | str
        campus_image = self.campus_image

        title_background_image: None | str
        title_background_image = self.title_background_image

        costs = self.costs

        deadlines = self.deadlines

        lead_capture_list_name = self.lead_capture_list_name

        quick_facts = self.quick_facts

        overall_ranking = self.overall_ranking

        prerequisite_coursework = self.prerequisite_coursework

        rankings = self.rankings

        lead_capture_image = self.lead_capture_image.to_dict()

        micromasters_path: None | str
        micromasters_path = self.micromasters_path

        micromasters_url: None | str
        micromasters_url = self.micromasters_url

        micromasters_long_title: None | str
        micromasters_long_title = self.micromasters_long_title

        micromasters_long_description: None | str
        micromasters_long_description = self.micromasters_long_description

        micromasters_background_image = self.micromasters_background_image.to_dict()

        micromasters_org_name_override: None | str
        micromasters_org_name_override = self.micromasters_org_name_override

        costs_fine_print: None | str
        costs_fine_print = self.costs_fine_print

        deadlines_fine_print: None | str
        deadlines_fine_print = self.deadlines_fine_print

        hubspot_lead_capture_form_id: None | str
        hubspot_lead_capture_form_id = self.hubspot_lead_capture_form_id

        additional_metadata = self.additional_metadata.to_dict()

        specializations = self.specializations

        program_duration_override: int | None
        program_duration_override = self.program_duration_override

        display_on_org_page = self.display_on_org_page

        excluded_from_search = self.excluded_from_search

        excluded_from_seo = self.excluded_from_seo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_requirements": application_requirements,
                "apply_url": apply_url,
                "banner_border_color": banner_border_color,
                "campus_image": campus_image,
                "title_background_image": title_background_image,
                "costs": costs,
                "deadlines": deadlines,
                "lead_capture_list_name": lead_capture_list_name,
                "quick_facts": quick_facts,
                "overall_ranking": overall_ranking,
                "prerequisite_coursework": prerequisite_coursework,
                "rankings": rankings,
                "lead_capture_image": lead_capture_image,
                "micromasters_path": micromasters_path,
                "micromasters_url": micromasters_url,
                "micromasters_long_title": micromasters_long_title,
                "micromasters_long_description": micromasters_long_description,
                "micromasters_background_image": micromasters_background_image,
                "micromasters_org_name_override": micromasters_org_name_override,
                "costs_fine_print": costs_fine_print,
                "deadlines_fine_print": deadlines_fine_print,
                "hubspot_lead_capture_form_id": hubspot_lead_capture_form_id,
                "additional_metadata": additional_metadata,
                "specializations": specializations,
                "program_duration_override": program_duration_override,
                "display_on_org_page": display_on_org_page,
                "excluded_from_search": excluded_from_search,
                "excluded_from_seo": excluded_from_seo,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.program_degree_additional_metadata import (
            ProgramDegreeAdditionalMetadata,
        )
        from ..models.program_degree_lead_capture_image import (
            ProgramDegreeLeadCaptureImage,
        )
        from ..models.program_degree_micromasters_background_image import (
            ProgramDegreeMicromastersBackgroundImage,
        )

        d = dict(src_dict)
        application_requirements = d.pop("application_requirements")

        apply_url = d.pop("apply_url")

        banner_border_color = d.pop("banner_border_color")

        def _parse_campus_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        campus_image = _parse_campus_image(d.pop("campus_image"))

        def _parse_title_background_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title_background_image = _parse_title_background_image(
            d.pop("title_background_image")
        )

        costs = cast(list[Any], d.pop("costs"))

        deadlines = cast(list[Any], d.pop("deadlines"))

        lead_capture_list_name = d.pop("lead_capture_list_name")

        quick_facts = cast(list[Any], d.pop("quick_facts"))

        overall_ranking = d.pop("overall_ranking")

        prerequisite_coursework = d.pop("prerequisite_coursework")

        rankings = cast(list[Any], d.pop("rankings"))

        lead_capture_image = ProgramDegreeLeadCaptureImage.from_dict(
            d.pop("lead_capture_image")
        )

        def _parse_micromasters_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        micromasters_path = _parse_micromasters_path(d.pop("micromasters_path"))

        def _parse_micromasters_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        micromasters_url = _parse_micromasters_url(d.pop("micromasters_url"))

        def _parse_micromasters_long_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        micromasters_long_title = _parse_micromasters_long_title(
            d.pop("micromasters_long_title")
        )

        def _parse_micromasters_long_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        micromasters_long_description = _parse_micromasters_long_description(
            d.pop("micromasters_long_description")
        )

        micromasters_background_image = (
            ProgramDegreeMicromastersBackgroundImage.from_dict(
                d.pop("micromasters_background_image")
            )
        )

        def _parse_micromasters_org_name_override(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        micromasters_org_name_override = _parse_micromasters_org_name_override(
            d.pop("micromasters_org_name_override")
        )

        def _parse_costs_fine_print(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        costs_fine_print = _parse_costs_fine_print(d.pop("costs_fine_print"))

        def _parse_deadlines_fine_print(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        deadlines_fine_print = _parse_deadlines_fine_print(
            d.pop("deadlines_fine_print")
        )

        def _parse_hubspot_lead_capture_form_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hubspot_lead_capture_form_id = _parse_hubspot_lead_capture_form_id(
            d.pop("hubspot_lead_capture_form_id")
        )

        additional_metadata = ProgramDegreeAdditionalMetadata.from_dict(
            d.pop("additional_metadata")
        )

        specializations = cast(list[str], d.pop("specializations"))

        def _parse_program_duration_override(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                program_duration_override_type_0 = data
                if not (
                    isinstance(program_duration_override_type_0, int)
                    and not isinstance(program_duration_override_type_0, bool)
                ):
                    raise TypeError(
                        f"program_duration_override_type_0: expected an integer, got {type(program_duration_override_type_0).__name__}"
                    )

                return program_duration_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        program_duration_override = _parse_program_duration_override(
            d.pop("program_duration_override")
        )

        display_on_org_page = d.pop("display_on_org_page")
        if not (isinstance(display_on_org_page, bool)):
            raise TypeError(
                f"display_on_org_page: expected a boolean, got {type(display_on_org_page).__name__}"
            )

        excluded_from_search = d.pop("excluded_from_search")
        if not (isinstance(excluded_from_search, bool)):
            raise TypeError(
                f"excluded_from_search: expected a boolean, got {type(excluded_from_search).__name__}"
            )

        excluded_from_seo = d.pop("excluded_from_seo")
        if not (isinstance(excluded_from_seo, bool)):
            raise TypeError(
                f"excluded_from_seo: expected a boolean, got {type(excluded_from_seo).__name__}"
            )

        program_degree = cls(
            application_requirements=application_requirements,
            apply_url=apply_url,
            banner_border_color=banner_border_color,
            campus_image=campus_image,
            title_background_image=title_background_image,
            costs=costs,
            deadlines=deadlines,
            lead_capture_list_name=lead_capture_list_name,
            quick_facts=quick_facts,
            overall_ranking=overall_ranking,
            prerequisite_coursework=prerequisite_coursework,
            rankings=rankings,
            lead_capture_image=lead_capture_image,
            micromasters_path=micromasters_path,
            micromasters_url=micromasters_url,
            micromasters_long_title=micromasters_long_title,
            micromasters_long_description=micromasters_long_description,
            micromasters_background_image=micromasters_background_image,
            micromasters_org_name_override=micromasters_org_name_override,
            costs_fine_print=costs_fine_print,
            deadlines_fine_print=deadlines_fine_print,
            hubspot_lead_capture_form_id=hubspot_lead_capture_form_id,
            additional_metadata=additional_metadata,
            specializations=specializations,
            program_duration_override=program_duration_override,
            display_on_org_page=display_on_org_page,
            excluded_from_search=excluded_from_search,
            excluded_from_seo=excluded_from_seo,
        )

        program_degree.additional_properties = d
        return program_degree

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
