from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lti_consumer_member import LtiConsumerMember
    from ..models.lti_consumer_membership_container_context import (
        LtiConsumerMembershipContainerContext,
    )


T = TypeVar("T", bound="LtiConsumerMembershipContainer")


@_attrs_define
class LtiConsumerMembershipContainer:
    """The members of the course an LTI configuration belongs to (LTI Names and Role Provisioning Services).

    Attributes:
        id (str): The URL the membership was requested at.
        context (LtiConsumerMembershipContainerContext): The course.
        members (list[LtiConsumerMember]): The course's members, sorted by LMS user id.
    """

    id: str
    context: LtiConsumerMembershipContainerContext
    members: list[LtiConsumerMember]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        context = self.context.to_dict()

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "context": context,
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lti_consumer_member import LtiConsumerMember
        from ..models.lti_consumer_membership_container_context import (
            LtiConsumerMembershipContainerContext,
        )

        d = dict(src_dict)
        id = d.pop("id")

        context = LtiConsumerMembershipContainerContext.from_dict(d.pop("context"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = LtiConsumerMember.from_dict(members_item_data)

            members.append(members_item)

        lti_consumer_membership_container = cls(
            id=id,
            context=context,
            members=members,
        )

        lti_consumer_membership_container.additional_properties = d
        return lti_consumer_membership_container

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
