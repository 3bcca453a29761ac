from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lti_consumer_score_activity_progress import (
    LtiConsumerScoreActivityProgress,
)
from ..models.lti_consumer_score_grading_progress import LtiConsumerScoreGradingProgress
from ..types import UNSET, Unset

T = TypeVar("T", bound="LtiConsumerScore")


@_attrs_define
class LtiConsumerScore:
    """A score the tool posts for a user on a line item (LTI Advantage Assignment and Grade Services). A later post for the
    same user replaces the score, and must carry a later timestamp.

        Attributes:
            timestamp (datetime.datetime): When the score was given, in ISO 8601; answered in UTC.
            activity_progress (LtiConsumerScoreActivityProgress): Where the user stands in the activity.
            grading_progress (LtiConsumerScoreGradingProgress): Where the grading of the activity stands.
            user_id (str): The external id of the user the score is for.
            score_given (float | None | Unset): The score given; when set, scoreMaximum is needed too.
            score_maximum (float | None | Unset): The maximum score.
            comment (None | str | Unset): A comment on the score.
    """

    timestamp: datetime.datetime
    activity_progress: LtiConsumerScoreActivityProgress
    grading_progress: LtiConsumerScoreGradingProgress
    user_id: str
    score_given: float | None | Unset = UNSET
    score_maximum: float | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        activity_progress = self.activity_progress.value

        grading_progress = self.grading_progress.value

        user_id = self.user_id

        score_given: float | None | Unset
        if isinstance(self.score_given, Unset):
            score_given = UNSET
        else:
            score_given = self.score_given

        score_maximum: float | None | Unset
        if isinstance(self.score_maximum, Unset):
            score_maximum = UNSET
        else:
            score_maximum = self.score_maximum

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "activityProgress": activity_progress,
                "gradingProgress": grading_progress,
                "userId": user_id,
            }
        )
        if score_given is not UNSET:
            field_dict["scoreGiven"] = score_given
        if score_maximum is not UNSET:
            field_dict["scoreMaximum"] = score_maximum
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        activity_progress = LtiConsumerScoreActivityProgress(d.pop("activityProgress"))

        grading_progress = LtiConsumerScoreGradingProgress(d.pop("gradingProgress"))

        user_id = d.pop("userId")

        def _parse_score_given(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                score_given_type_0 = data
                if not (
                    isinstance(score_given_type_0, (int, float))
                    and not isinstance(score_given_type_0, bool)
                ):
                    raise TypeError(
                        f"scoreGiven_type_0: expected a number, got {type(score_given_type_0).__name__}"
                    )

                return score_given_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | Unset, data)

        score_given = _parse_score_given(d.pop("scoreGiven", UNSET))

        def _parse_score_maximum(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                score_maximum_type_0 = data
                if not (
                    isinstance(score_maximum_type_0, (int, float))
                    and not isinstance(score_maximum_type_0, bool)
                ):
                    raise TypeError(
                        f"scoreMaximum_type_0: expected a number, got {type(score_maximum_type_0).__name__}"
                    )

                return score_maximum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | Unset, data)

        score_maximum = _parse_score_maximum(d.pop("scoreMaximum", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        lti_consumer_score = cls(
            timestamp=timestamp,
            activity_progress=activity_progress,
            grading_progress=grading_progress,
            user_id=user_id,
            score_given=score_given,
            score_maximum=score_maximum,
            comment=comment,
        )

        lti_consumer_score.additional_properties = d
        return lti_consumer_score

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
