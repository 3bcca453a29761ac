from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardProgramUrls")


@_attrs_define
class DashboardProgramUrls:
    """The URLs the program page links to.

    Attributes:
        program_listing_url (str | Unset): The learner's list of programs.
        track_selection_url (str | Unset): The page where a course mode is chosen.
        commerce_api_url (str | Unset): The commerce API's basket endpoint.
        buy_button_url (str | Unset): The ecommerce page that buys the program's courses.
        program_record_url (None | str | Unset): The learner's program record; null while the learner has no certificate
            in the program.
    """

    program_listing_url: str | Unset = UNSET
    track_selection_url: str | Unset = UNSET
    commerce_api_url: str | Unset = UNSET
    buy_button_url: str | Unset = UNSET
    program_record_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_listing_url = self.program_listing_url

        track_selection_url = self.track_selection_url

        commerce_api_url = self.commerce_api_url

        buy_button_url = self.buy_button_url

        program_record_url: None | str | Unset
        if isinstance(self.program_record_url, Unset):
            program_record_url = UNSET
        else:
            program_record_url = self.program_record_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if program_listing_url is not UNSET:
            field_dict["program_listing_url"] = program_listing_url
        if track_selection_url is not UNSET:
            field_dict["track_selection_url"] = track_selection_url
        if commerce_api_url is not UNSET:
            field_dict["commerce_api_url"] = commerce_api_url
        if buy_button_url is not UNSET:
            field_dict["buy_button_url"] = buy_button_url
        if program_record_url is not UNSET:
            field_dict["program_record_url"] = program_record_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        program_listing_url = d.pop("program_listing_url", UNSET)

        track_selection_url = d.pop("track_selection_url", UNSET)

        commerce_api_url = d.pop("commerce_api_url", UNSET)

        buy_button_url = d.pop("buy_button_url", UNSET)

        def _parse_program_record_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program_record_url = _parse_program_record_url(
            d.pop("program_record_url", UNSET)
        )

        dashboard_program_urls = cls(
            program_listing_url=program_listing_url,
            track_selection_url=track_selection_url,
            commerce_api_url=commerce_api_url,
            buy_button_url=buy_button_url,
            program_record_url=program_record_url,
        )

        dashboard_program_urls.additional_properties = d
        return dashboard_program_urls

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
