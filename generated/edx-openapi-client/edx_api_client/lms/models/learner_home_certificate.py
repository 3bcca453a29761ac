from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerHomeCertificate")


@_attrs_define
class LearnerHomeCertificate:
    """The state of the learner's certificate in the course.

    Attributes:
        available_date (datetime.datetime | None): When certificates become available, or null when the course sets no
            such date.
        is_restricted (bool): Whether the certificate is restricted.
        is_earned (bool): Whether the learner earned the certificate (available or not yet).
        is_downloadable (bool): Whether the certificate can be downloaded.
        cert_preview_url (None | str): The certificate's web view, or null when it has none.
    """

    available_date: datetime.datetime | None
    is_restricted: bool
    is_earned: bool
    is_downloadable: bool
    cert_preview_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_date: None | str
        if isinstance(self.available_date, datetime.datetime):
            available_date = self.available_date.isoformat()
        else:
            available_date = self.available_date

        is_restricted = self.is_restricted

        is_earned = self.is_earned

        is_downloadable = self.is_downloadable

        cert_preview_url: None | str
        cert_preview_url = self.cert_preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availableDate": available_date,
                "isRestricted": is_restricted,
                "isEarned": is_earned,
                "isDownloadable": is_downloadable,
                "certPreviewUrl": cert_preview_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_available_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_date_type_0 = datetime.datetime.fromisoformat(data)

                return available_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        available_date = _parse_available_date(d.pop("availableDate"))

        is_restricted = d.pop("isRestricted")
        if not (isinstance(is_restricted, bool)):
            raise TypeError(
                f"isRestricted: expected a boolean, got {type(is_restricted).__name__}"
            )

        is_earned = d.pop("isEarned")
        if not (isinstance(is_earned, bool)):
            raise TypeError(
                f"isEarned: expected a boolean, got {type(is_earned).__name__}"
            )

        is_downloadable = d.pop("isDownloadable")
        if not (isinstance(is_downloadable, bool)):
            raise TypeError(
                f"isDownloadable: expected a boolean, got {type(is_downloadable).__name__}"
            )

        def _parse_cert_preview_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cert_preview_url = _parse_cert_preview_url(d.pop("certPreviewUrl"))

        learner_home_certificate = cls(
            available_date=available_date,
            is_restricted=is_restricted,
            is_earned=is_earned,
            is_downloadable=is_downloadable,
            cert_preview_url=cert_preview_url,
        )

        learner_home_certificate.additional_properties = d
        return learner_home_certificate

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
