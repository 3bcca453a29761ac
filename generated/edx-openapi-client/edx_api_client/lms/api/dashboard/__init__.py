"""The dashboard operations: one module per operation, and `DashboardOperations` /
`AsyncDashboardOperations`, which bind them to a client (`edx.<api>.dashboard`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast
    from uuid import UUID

    from ...client import AuthenticatedClient, Client
    from ...models.dashboard_program import DashboardProgram
    from ...models.dashboard_program_progress_details import (
        DashboardProgramProgressDetails,
    )
    from ...models.error_response import ErrorResponse


def _dashboard_programs_list(
    self: DashboardOperations,
    enterprise_uuid: UUID,
) -> list[DashboardProgram]:
    """List an enterprise learner's programs: `GET /dashboard/v0/programs/{enterprise_uuid}/`.

    See `dashboard_programs_list.sync` for the parameters and the errors it raises.
    """
    from . import dashboard_programs_list

    return dashboard_programs_list.sync(
        enterprise_uuid=enterprise_uuid,
        client=self._client,
    )


def _dashboard_program_progress_details_retrieve(
    self: DashboardOperations,
    program_uuid: UUID,
) -> DashboardProgramProgressDetails:
    """Retrieve a user's progress details in a program: `GET /dashboard/v0/programs/{program_uuid}/progress_details/`.

    See `dashboard_program_progress_details_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import dashboard_program_progress_details_retrieve

    return dashboard_program_progress_details_retrieve.sync(
        program_uuid=program_uuid,
        client=self._client,
    )


async def _async_dashboard_programs_list(
    self: AsyncDashboardOperations,
    enterprise_uuid: UUID,
) -> list[DashboardProgram]:
    """List an enterprise learner's programs: `GET /dashboard/v0/programs/{enterprise_uuid}/`.

    See `dashboard_programs_list.asyncio` for the parameters and the errors it raises.
    """
    from . import dashboard_programs_list

    return await dashboard_programs_list.asyncio(
        enterprise_uuid=enterprise_uuid,
        client=self._client,
    )


async def _async_dashboard_program_progress_details_retrieve(
    self: AsyncDashboardOperations,
    program_uuid: UUID,
) -> DashboardProgramProgressDetails:
    """Retrieve a user's progress details in a program: `GET /dashboard/v0/programs/{program_uuid}/progress_details/`.

    See `dashboard_program_progress_details_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import dashboard_program_progress_details_retrieve

    return await dashboard_program_progress_details_retrieve.asyncio(
        program_uuid=program_uuid,
        client=self._client,
    )


class DashboardOperations:
    """The dashboard operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    programs_list = _dashboard_programs_list
    program_progress_details_retrieve = _dashboard_program_progress_details_retrieve


class AsyncDashboardOperations:
    """The dashboard operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    programs_list = _async_dashboard_programs_list
    program_progress_details_retrieve = (
        _async_dashboard_program_progress_details_retrieve
    )
