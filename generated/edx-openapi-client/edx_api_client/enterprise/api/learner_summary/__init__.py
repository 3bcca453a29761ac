"""The learner_summary operations: one module per operation, and `LearnerSummaryOperations` /
`AsyncLearnerSummaryOperations`, which bind them to a client (`edx.<api>.learner_summary`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast
    from uuid import UUID

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.paginated_learner_summary_v2_list import (
        PaginatedLearnerSummaryV2List,
    )
    from ...models.paginated_learner_summary_v3_list import (
        PaginatedLearnerSummaryV3List,
    )
    from ...types import UNSET, Unset


def _learner_summary_v2_list(
    self: LearnerSummaryOperations,
    enterprise_uuid: UUID,
    *,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedLearnerSummaryV2List:
    """List learner enrollment summaries (v2): `GET /enterprise/v2/enterprise-customer/{enterprise_uuid}/learner-summary`.

    See `learner_summary_v2_list.sync` for the parameters and the errors it raises.
    """
    from . import learner_summary_v2_list

    return learner_summary_v2_list.sync(
        enterprise_uuid=enterprise_uuid,
        ordering=ordering,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _learner_summary_v3_list(
    self: LearnerSummaryOperations,
    enterprise_uuid: UUID,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> PaginatedLearnerSummaryV3List:
    """List learner enrollment summaries (v3): `GET /enterprise/v3/enterprise-customer/{enterprise_uuid}/learner-summary`.

    See `learner_summary_v3_list.sync` for the parameters and the errors it raises.
    """
    from . import learner_summary_v3_list

    return learner_summary_v3_list.sync(
        enterprise_uuid=enterprise_uuid,
        page=page,
        page_size=page_size,
        ordering=ordering,
        client=self._client,
    )


async def _async_learner_summary_v2_list(
    self: AsyncLearnerSummaryOperations,
    enterprise_uuid: UUID,
    *,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedLearnerSummaryV2List:
    """List learner enrollment summaries (v2): `GET /enterprise/v2/enterprise-customer/{enterprise_uuid}/learner-summary`.

    See `learner_summary_v2_list.asyncio` for the parameters and the errors it raises.
    """
    from . import learner_summary_v2_list

    return await learner_summary_v2_list.asyncio(
        enterprise_uuid=enterprise_uuid,
        ordering=ordering,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_learner_summary_v3_list(
    self: AsyncLearnerSummaryOperations,
    enterprise_uuid: UUID,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> PaginatedLearnerSummaryV3List:
    """List learner enrollment summaries (v3): `GET /enterprise/v3/enterprise-customer/{enterprise_uuid}/learner-summary`.

    See `learner_summary_v3_list.asyncio` for the parameters and the errors it raises.
    """
    from . import learner_summary_v3_list

    return await learner_summary_v3_list.asyncio(
        enterprise_uuid=enterprise_uuid,
        page=page,
        page_size=page_size,
        ordering=ordering,
        client=self._client,
    )


class LearnerSummaryOperations:
    """The learner_summary operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    v2_list = _learner_summary_v2_list
    v3_list = _learner_summary_v3_list


class AsyncLearnerSummaryOperations:
    """The learner_summary operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    v2_list = _async_learner_summary_v2_list
    v3_list = _async_learner_summary_v3_list
