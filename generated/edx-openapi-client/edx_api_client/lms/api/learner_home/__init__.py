"""The learner_home operations: one module per operation, and `LearnerHomeOperations` /
`AsyncLearnerHomeOperations`, which bind them to a client (`edx.<api>.learner_home`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.learner_home_init import LearnerHomeInit
    from ...types import UNSET, Unset


def _learner_home_init_retrieve(
    self: LearnerHomeOperations,
    *,
    user: str | Unset = UNSET,
) -> LearnerHomeInit:
    """Retrieve the learner home's initial data: `GET /learner_home/init/`.

    See `learner_home_init_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import learner_home_init_retrieve

    return learner_home_init_retrieve.sync(
        user=user,
        client=self._client,
    )


def _learner_home_mock_init_retrieve(
    self: LearnerHomeOperations,
) -> Any:
    """Retrieve mock initial data for the learner home: `GET /learner_home/mock/init/`.

    See `learner_home_mock_init_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import learner_home_mock_init_retrieve

    return learner_home_mock_init_retrieve.sync(
        client=self._client,
    )


async def _async_learner_home_init_retrieve(
    self: AsyncLearnerHomeOperations,
    *,
    user: str | Unset = UNSET,
) -> LearnerHomeInit:
    """Retrieve the learner home's initial data: `GET /learner_home/init/`.

    See `learner_home_init_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import learner_home_init_retrieve

    return await learner_home_init_retrieve.asyncio(
        user=user,
        client=self._client,
    )


async def _async_learner_home_mock_init_retrieve(
    self: AsyncLearnerHomeOperations,
) -> Any:
    """Retrieve mock initial data for the learner home: `GET /learner_home/mock/init/`.

    See `learner_home_mock_init_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import learner_home_mock_init_retrieve

    return await learner_home_mock_init_retrieve.asyncio(
        client=self._client,
    )


class LearnerHomeOperations:
    """The learner_home operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    init_retrieve = _learner_home_init_retrieve
    mock_init_retrieve = _learner_home_mock_init_retrieve


class AsyncLearnerHomeOperations:
    """The learner_home operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    init_retrieve = _async_learner_home_init_retrieve
    mock_init_retrieve = _async_learner_home_mock_init_retrieve
