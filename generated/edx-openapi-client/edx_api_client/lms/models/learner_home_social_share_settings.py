from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learner_home_social_share_site import LearnerHomeSocialShareSite


T = TypeVar("T", bound="LearnerHomeSocialShareSettings")


@_attrs_define
class LearnerHomeSocialShareSettings:
    """The site's social sharing settings, per network.

    Attributes:
        facebook (LearnerHomeSocialShareSite): Whether sharing on one social network is offered, and how.
        twitter (LearnerHomeSocialShareSite): Whether sharing on one social network is offered, and how.
    """

    facebook: LearnerHomeSocialShareSite
    twitter: LearnerHomeSocialShareSite
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facebook = self.facebook.to_dict()

        twitter = self.twitter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facebook": facebook,
                "twitter": twitter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_home_social_share_site import LearnerHomeSocialShareSite

        d = dict(src_dict)
        facebook = LearnerHomeSocialShareSite.from_dict(d.pop("facebook"))

        twitter = LearnerHomeSocialShareSite.from_dict(d.pop("twitter"))

        learner_home_social_share_settings = cls(
            facebook=facebook,
            twitter=twitter,
        )

        learner_home_social_share_settings.additional_properties = d
        return learner_home_social_share_settings

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
