from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LtiConsumerResult")


@_attrs_define
class LtiConsumerResult:
    """A result of a line item (LTI Advantage Assignment and Grade Services): a user's current score for it.

    Attributes:
        id (str): The URL of the user's results for the line item.
        score_of (str): The URL of the line item.
        user_id (str): The external id of the user.
        result_score (float): The score given (results without a score are not listed).
        result_maximum (float): The maximum score; 1 when the score's own maximum is not positive.
        comment (None | str): The comment given with the score, if any.
    """

    id: str
    score_of: str
    user_id: str
    result_score: float
    result_maximum: float
    comment: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        score_of = self.score_of

        user_id = self.user_id

        result_score = self.result_score

        result_maximum = self.result_maximum

        comment: None | str
        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "scoreOf": score_of,
                "userId": user_id,
                "resultScore": result_score,
                "resultMaximum": result_maximum,
                "comment": comment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        score_of = d.pop("scoreOf")

        user_id = d.pop("userId")

        result_score = d.pop("resultScore")
        if not (
            isinstance(result_score, (int, float))
            and not isinstance(result_score, bool)
        ):
            raise TypeError(
                f"resultScore: expected a number, got {type(result_score).__name__}"
            )

        result_maximum = d.pop("resultMaximum")
        if not (
            isinstance(result_maximum, (int, float))
            and not isinstance(result_maximum, bool)
        ):
            raise TypeError(
                f"resultMaximum: expected a number, got {type(result_maximum).__name__}"
            )

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        lti_consumer_result = cls(
            id=id,
            score_of=score_of,
            user_id=user_id,
            result_score=result_score,
            result_maximum=result_maximum,
            comment=comment,
        )

        lti_consumer_result.additional_properties = d
        return lti_consumer_result

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
