from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_program_image import DashboardProgramImage


T = TypeVar("T", bound="DashboardProgramBannerImage")


@_attrs_define
class DashboardProgramBannerImage:
    """The program's banner image in the sizes the catalog renders it in.

    Attributes:
        large (DashboardProgramImage | Unset): One rendition of an image.
        medium (DashboardProgramImage | Unset): One rendition of an image.
        small (DashboardProgramImage | Unset): One rendition of an image.
        x_small (DashboardProgramImage | Unset): One rendition of an image.
    """

    large: DashboardProgramImage | Unset = UNSET
    medium: DashboardProgramImage | Unset = UNSET
    small: DashboardProgramImage | Unset = UNSET
    x_small: DashboardProgramImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        large: dict[str, Any] | Unset = UNSET
        if not isinstance(self.large, Unset):
            large = self.large.to_dict()

        medium: dict[str, Any] | Unset = UNSET
        if not isinstance(self.medium, Unset):
            medium = self.medium.to_dict()

        small: dict[str, Any] | Unset = UNSET
        if not isinstance(self.small, Unset):
            small = self.small.to_dict()

        x_small: dict[str, Any] | Unset = UNSET
        if not isinstance(self.x_small, Unset):
            x_small = self.x_small.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if large is not UNSET:
            field_dict["large"] = large
        if medium is not UNSET:
            field_dict["medium"] = medium
        if small is not UNSET:
            field_dict["small"] = small
        if x_small is not UNSET:
            field_dict["x-small"] = x_small

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dashboard_program_image import DashboardProgramImage

        d = dict(src_dict)
        _large = d.pop("large", UNSET)
        large: DashboardProgramImage | Unset
        if isinstance(_large, Unset):
            large = UNSET
        else:
            large = DashboardProgramImage.from_dict(_large)

        _medium = d.pop("medium", UNSET)
        medium: DashboardProgramImage | Unset
        if isinstance(_medium, Unset):
            medium = UNSET
        else:
            medium = DashboardProgramImage.from_dict(_medium)

        _small = d.pop("small", UNSET)
        small: DashboardProgramImage | Unset
        if isinstance(_small, Unset):
            small = UNSET
        else:
            small = DashboardProgramImage.from_dict(_small)

        _x_small = d.pop("x-small", UNSET)
        x_small: DashboardProgramImage | Unset
        if isinstance(_x_small, Unset):
            x_small = UNSET
        else:
            x_small = DashboardProgramImage.from_dict(_x_small)

        dashboard_program_banner_image = cls(
            large=large,
            medium=medium,
            small=small,
            x_small=x_small,
        )

        dashboard_program_banner_image.additional_properties = d
        return dashboard_program_banner_image

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
