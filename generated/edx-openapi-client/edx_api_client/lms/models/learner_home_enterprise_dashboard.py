from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerHomeEnterpriseDashboard")


@_attrs_define
class LearnerHomeEnterpriseDashboard:
    """The enterprise customer whose learner portal the user belongs to.

    Attributes:
        label (str): The enterprise customer's name.
        url (str): The customer's learner portal: the portal's base URL joined with the customer's slug.
        uuid (UUID): The enterprise customer's UUID.
        auth_org_id (None | str): The customer's organization identifier at the authentication provider, or null.
        is_learner_portal_enabled (bool): Whether the customer's learner portal is enabled.
    """

    label: str
    url: str
    uuid: UUID
    auth_org_id: None | str
    is_learner_portal_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        url = self.url

        uuid = str(self.uuid)

        auth_org_id: None | str
        auth_org_id = self.auth_org_id

        is_learner_portal_enabled = self.is_learner_portal_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "url": url,
                "uuid": uuid,
                "authOrgId": auth_org_id,
                "isLearnerPortalEnabled": is_learner_portal_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        url = d.pop("url")

        uuid = UUID(d.pop("uuid"))

        def _parse_auth_org_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        auth_org_id = _parse_auth_org_id(d.pop("authOrgId"))

        is_learner_portal_enabled = d.pop("isLearnerPortalEnabled")
        if not (isinstance(is_learner_portal_enabled, bool)):
            raise TypeError(
                f"isLearnerPortalEnabled: expected a boolean, got {type(is_learner_portal_enabled).__name__}"
            )

        learner_home_enterprise_dashboard = cls(
            label=label,
            url=url,
            uuid=uuid,
            auth_org_id=auth_org_id,
            is_learner_portal_enabled=is_learner_portal_enabled,
        )

        learner_home_enterprise_dashboard.additional_properties = d
        return learner_home_enterprise_dashboard

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
