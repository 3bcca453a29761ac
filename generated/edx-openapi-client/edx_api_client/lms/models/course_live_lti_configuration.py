from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.course_live_lti_configuration_version import (
    CourseLiveLtiConfigurationVersion,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_live_lti_configuration_lti_config import (
        CourseLiveLtiConfigurationLtiConfig,
    )


T = TypeVar("T", bound="CourseLiveLtiConfiguration")


@_attrs_define
class CourseLiveLtiConfiguration:
    """The LTI configuration of the course's live provider.

    Attributes:
        lti_config (CourseLiveLtiConfigurationLtiConfig): The provider's additional configuration, as an object.
        lti_1p1_client_key (str | Unset): The client key given by the LTI tool provider.
        lti_1p1_client_secret (str | Unset): The client secret given by the LTI tool provider. Sent in a POST (an empty
            string keeps the stored secret), never answered.
        lti_1p1_launch_url (str | Unset): The URL of the external tool that starts the launch.
        version (CourseLiveLtiConfigurationVersion | Unset): The LTI version; the platform only changes it itself (a new
            configuration is LTI 1.1).
    """

    lti_config: CourseLiveLtiConfigurationLtiConfig
    lti_1p1_client_key: str | Unset = UNSET
    lti_1p1_client_secret: str | Unset = UNSET
    lti_1p1_launch_url: str | Unset = UNSET
    version: CourseLiveLtiConfigurationVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lti_config = self.lti_config.to_dict()

        lti_1p1_client_key = self.lti_1p1_client_key

        lti_1p1_client_secret = self.lti_1p1_client_secret

        lti_1p1_launch_url = self.lti_1p1_launch_url

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lti_config": lti_config,
            }
        )
        if lti_1p1_client_key is not UNSET:
            field_dict["lti_1p1_client_key"] = lti_1p1_client_key
        if lti_1p1_client_secret is not UNSET:
            field_dict["lti_1p1_client_secret"] = lti_1p1_client_secret
        if lti_1p1_launch_url is not UNSET:
            field_dict["lti_1p1_launch_url"] = lti_1p1_launch_url
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_live_lti_configuration_lti_config import (
            CourseLiveLtiConfigurationLtiConfig,
        )

        d = dict(src_dict)
        lti_config = CourseLiveLtiConfigurationLtiConfig.from_dict(d.pop("lti_config"))

        lti_1p1_client_key = d.pop("lti_1p1_client_key", UNSET)

        lti_1p1_client_secret = d.pop("lti_1p1_client_secret", UNSET)

        lti_1p1_launch_url = d.pop("lti_1p1_launch_url", UNSET)

        _version = d.pop("version", UNSET)
        version: CourseLiveLtiConfigurationVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = CourseLiveLtiConfigurationVersion(_version)

        course_live_lti_configuration = cls(
            lti_config=lti_config,
            lti_1p1_client_key=lti_1p1_client_key,
            lti_1p1_client_secret=lti_1p1_client_secret,
            lti_1p1_launch_url=lti_1p1_launch_url,
            version=version,
        )

        course_live_lti_configuration.additional_properties = d
        return course_live_lti_configuration

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
