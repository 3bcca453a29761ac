"""The learning_sequences operations: one module per operation, and `LearningSequencesOperations` /
`AsyncLearningSequencesOperations`, which bind them to a client (`edx.<api>.learning_sequences`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.learning_sequences_user_course_outline import (
        LearningSequencesUserCourseOutline,
    )
    from ...types import UNSET, Unset


def _learning_sequences_course_outline_retrieve(
    self: LearningSequencesOperations,
    course_key_str: str,
    *,
    user: str | Unset = UNSET,
) -> LearningSequencesUserCourseOutline:
    """Get a course outline for the user: `GET /learning_sequences/v1/course_outline/{course_key_str}`.

    See `learning_sequences_course_outline_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import learning_sequences_course_outline_retrieve

    return learning_sequences_course_outline_retrieve.sync(
        course_key_str=course_key_str,
        user=user,
        client=self._client,
    )


async def _async_learning_sequences_course_outline_retrieve(
    self: AsyncLearningSequencesOperations,
    course_key_str: str,
    *,
    user: str | Unset = UNSET,
) -> LearningSequencesUserCourseOutline:
    """Get a course outline for the user: `GET /learning_sequences/v1/course_outline/{course_key_str}`.

    See `learning_sequences_course_outline_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import learning_sequences_course_outline_retrieve

    return await learning_sequences_course_outline_retrieve.asyncio(
        course_key_str=course_key_str,
        user=user,
        client=self._client,
    )


class LearningSequencesOperations:
    """The learning_sequences operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_outline_retrieve = _learning_sequences_course_outline_retrieve


class AsyncLearningSequencesOperations:
    """The learning_sequences operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_outline_retrieve = _async_learning_sequences_course_outline_retrieve
