"""The learner_pathway_progress operations: one module per operation, and `LearnerPathwayProgressOperations` /
`AsyncLearnerPathwayProgressOperations`, which bind them to a client (`edx.<api>.learner_pathway_progress`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast
    from uuid import UUID

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.learner_pathway_progress_entry import LearnerPathwayProgressEntry
    from ...models.paginated_learner_pathway_progress_entry_list import (
        PaginatedLearnerPathwayProgressEntryList,
    )
    from ...types import UNSET, Unset


def _learner_pathway_progress_list(
    self: LearnerPathwayProgressOperations,
    *,
    learner_pathway_uuid: UUID | Unset = UNSET,
    uuid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    enterprise_uuid: UUID | Unset = UNSET,
) -> PaginatedLearnerPathwayProgressEntryList:
    """List the learner's pathway progress: `GET /learner-pathway-progress/v1/progress/`.

    See `learner_pathway_progress_list.sync` for the parameters and the errors it raises.
    """
    from . import learner_pathway_progress_list

    return learner_pathway_progress_list.sync(
        learner_pathway_uuid=learner_pathway_uuid,
        uuid=uuid,
        page=page,
        page_size=page_size,
        enterprise_uuid=enterprise_uuid,
        client=self._client,
    )


def _learner_pathway_progress_retrieve(
    self: LearnerPathwayProgressOperations,
    learner_pathway_uuid: UUID,
) -> LearnerPathwayProgressEntry:
    """Retrieve the learner's progress in one pathway: `GET /learner-pathway-progress/v1/progress/{learner_pathway_uuid}/`.

    See `learner_pathway_progress_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import learner_pathway_progress_retrieve

    return learner_pathway_progress_retrieve.sync(
        learner_pathway_uuid=learner_pathway_uuid,
        client=self._client,
    )


async def _async_learner_pathway_progress_list(
    self: AsyncLearnerPathwayProgressOperations,
    *,
    learner_pathway_uuid: UUID | Unset = UNSET,
    uuid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    enterprise_uuid: UUID | Unset = UNSET,
) -> PaginatedLearnerPathwayProgressEntryList:
    """List the learner's pathway progress: `GET /learner-pathway-progress/v1/progress/`.

    See `learner_pathway_progress_list.asyncio` for the parameters and the errors it raises.
    """
    from . import learner_pathway_progress_list

    return await learner_pathway_progress_list.asyncio(
        learner_pathway_uuid=learner_pathway_uuid,
        uuid=uuid,
        page=page,
        page_size=page_size,
        enterprise_uuid=enterprise_uuid,
        client=self._client,
    )


async def _async_learner_pathway_progress_retrieve(
    self: AsyncLearnerPathwayProgressOperations,
    learner_pathway_uuid: UUID,
) -> LearnerPathwayProgressEntry:
    """Retrieve the learner's progress in one pathway: `GET /learner-pathway-progress/v1/progress/{learner_pathway_uuid}/`.

    See `learner_pathway_progress_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import learner_pathway_progress_retrieve

    return await learner_pathway_progress_retrieve.asyncio(
        learner_pathway_uuid=learner_pathway_uuid,
        client=self._client,
    )


class LearnerPathwayProgressOperations:
    """The learner_pathway_progress operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _learner_pathway_progress_list
    retrieve = _learner_pathway_progress_retrieve


class AsyncLearnerPathwayProgressOperations:
    """The learner_pathway_progress operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _async_learner_pathway_progress_list
    retrieve = _async_learner_pathway_progress_retrieve
