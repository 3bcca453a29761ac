"""The completion operations: one module per operation, and `CompletionOperations` /
`AsyncCompletionOperations`, which bind them to a client (`edx.<api>.completion`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.completion_batch_request import CompletionBatchRequest
    from ...models.completion_batch_response import CompletionBatchResponse
    from ...models.completion_subsection_completion import (
        CompletionSubsectionCompletion,
    )
    from ...models.error_response import ErrorResponse


def _completion_batch_create(
    self: CompletionOperations,
    *,
    body: CompletionBatchRequest,
) -> CompletionBatchResponse:
    """Record a batch of block completions: `POST /completion/v1/completion-batch`.

    See `completion_batch_create.sync` for the parameters and the errors it raises.
    """
    from . import completion_batch_create

    return completion_batch_create.sync(
        body=body,
        client=self._client,
    )


def _completion_subsection_completion_retrieve(
    self: CompletionOperations,
    username: str,
    course_key: str,
    subsection_id: str,
) -> CompletionSubsectionCompletion:
    """Retrieve a user's completion of a subsection: `GET /completion/v1/subsection-completion/{username}/{course_key}/{subsection_id}`.

    See `completion_subsection_completion_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import completion_subsection_completion_retrieve

    return completion_subsection_completion_retrieve.sync(
        username=username,
        course_key=course_key,
        subsection_id=subsection_id,
        client=self._client,
    )


async def _async_completion_batch_create(
    self: AsyncCompletionOperations,
    *,
    body: CompletionBatchRequest,
) -> CompletionBatchResponse:
    """Record a batch of block completions: `POST /completion/v1/completion-batch`.

    See `completion_batch_create.asyncio` for the parameters and the errors it raises.
    """
    from . import completion_batch_create

    return await completion_batch_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_completion_subsection_completion_retrieve(
    self: AsyncCompletionOperations,
    username: str,
    course_key: str,
    subsection_id: str,
) -> CompletionSubsectionCompletion:
    """Retrieve a user's completion of a subsection: `GET /completion/v1/subsection-completion/{username}/{course_key}/{subsection_id}`.

    See `completion_subsection_completion_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import completion_subsection_completion_retrieve

    return await completion_subsection_completion_retrieve.asyncio(
        username=username,
        course_key=course_key,
        subsection_id=subsection_id,
        client=self._client,
    )


class CompletionOperations:
    """The completion operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    batch_create = _completion_batch_create
    subsection_completion_retrieve = _completion_subsection_completion_retrieve


class AsyncCompletionOperations:
    """The completion operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    batch_create = _async_completion_batch_create
    subsection_completion_retrieve = _async_completion_subsection_completion_retrieve
