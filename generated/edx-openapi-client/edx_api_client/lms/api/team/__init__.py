"""The team operations: one module per operation, and `TeamOperations` /
`AsyncTeamOperations`, which bind them to a client (`edx.<api>.team`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.paginated_team_list import PaginatedTeamList
    from ...models.paginated_team_membership_list import PaginatedTeamMembershipList
    from ...models.paginated_team_topic_list import PaginatedTeamTopicList
    from ...models.team import Team
    from ...models.team_assignment import TeamAssignment
    from ...models.team_bulk_membership_upload_errors import (
        TeamBulkMembershipUploadErrors,
    )
    from ...models.team_bulk_membership_upload_request import (
        TeamBulkMembershipUploadRequest,
    )
    from ...models.team_bulk_membership_upload_result import (
        TeamBulkMembershipUploadResult,
    )
    from ...models.team_create_request import TeamCreateRequest
    from ...models.team_membership import TeamMembership
    from ...models.team_membership_create_request import TeamMembershipCreateRequest
    from ...models.team_teams_list_order_by import TeamTeamsListOrderBy
    from ...models.team_topic import TeamTopic
    from ...models.team_topics_list_order_by import TeamTopicsListOrderBy
    from ...models.team_update_request import TeamUpdateRequest
    from ...types import UNSET, Unset


def _team_bulk_membership_download(
    self: TeamOperations,
    course_id: str,
) -> str:
    """Download the team memberships of a course run as CSV: `GET /team/v0/bulk_team_membership/{course_id}`.

    See `team_bulk_membership_download.sync` for the parameters and the errors it raises.
    """
    from . import team_bulk_membership_download

    return team_bulk_membership_download.sync(
        course_id=course_id,
        client=self._client,
    )


def _team_bulk_membership_upload(
    self: TeamOperations,
    course_id: str,
    *,
    body: TeamBulkMembershipUploadRequest,
) -> TeamBulkMembershipUploadResult:
    """Change the team memberships of a course run from a CSV upload: `POST /team/v0/bulk_team_membership/{course_id}`.

    See `team_bulk_membership_upload.sync` for the parameters and the errors it raises.
    """
    from . import team_bulk_membership_upload

    return team_bulk_membership_upload.sync(
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _team_membership_list(
    self: TeamOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    teamset_id: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> PaginatedTeamMembershipList:
    """List team memberships: `GET /team/v0/team_membership/`.

    See `team_membership_list.sync` for the parameters and the errors it raises.
    """
    from . import team_membership_list

    return team_membership_list.sync(
        page=page,
        page_size=page_size,
        username=username,
        team_id=team_id,
        teamset_id=teamset_id,
        course_id=course_id,
        expand=expand,
        client=self._client,
    )


def _team_membership_create(
    self: TeamOperations,
    *,
    body: TeamMembershipCreateRequest,
) -> TeamMembership:
    """Add a user to a team: `POST /team/v0/team_membership/`.

    See `team_membership_create.sync` for the parameters and the errors it raises.
    """
    from . import team_membership_create

    return team_membership_create.sync(
        body=body,
        client=self._client,
    )


def _team_membership_retrieve(
    self: TeamOperations,
    team_id: str,
    username: str,
    *,
    expand: str | Unset = UNSET,
) -> TeamMembership:
    """Get one team membership: `GET /team/v0/team_membership/{team_id},{username}`.

    See `team_membership_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import team_membership_retrieve

    return team_membership_retrieve.sync(
        team_id=team_id,
        username=username,
        expand=expand,
        client=self._client,
    )


def _team_membership_delete(
    self: TeamOperations,
    team_id: str,
    username: str,
    *,
    admin: str | Unset = UNSET,
) -> Any:
    """Remove a user from a team: `DELETE /team/v0/team_membership/{team_id},{username}`.

    See `team_membership_delete.sync` for the parameters and the errors it raises.
    """
    from . import team_membership_delete

    return team_membership_delete.sync(
        team_id=team_id,
        username=username,
        admin=admin,
        client=self._client,
    )


def _team_teams_list(
    self: TeamOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str,
    topic_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    order_by: TeamTeamsListOrderBy | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> PaginatedTeamList:
    """List teams: `GET /team/v0/teams/`.

    See `team_teams_list.sync` for the parameters and the errors it raises.
    """
    from . import team_teams_list

    return team_teams_list.sync(
        page=page,
        page_size=page_size,
        course_id=course_id,
        topic_id=topic_id,
        username=username,
        text_search=text_search,
        order_by=order_by,
        expand=expand,
        client=self._client,
    )


def _team_teams_create(
    self: TeamOperations,
    *,
    body: TeamCreateRequest,
) -> Team:
    """Create a team: `POST /team/v0/teams/`.

    See `team_teams_create.sync` for the parameters and the errors it raises.
    """
    from . import team_teams_create

    return team_teams_create.sync(
        body=body,
        client=self._client,
    )


def _team_teams_retrieve(
    self: TeamOperations,
    team_id: str,
    *,
    expand: str | Unset = UNSET,
) -> Team:
    """Get a team: `GET /team/v0/teams/{team_id}`.

    See `team_teams_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import team_teams_retrieve

    return team_teams_retrieve.sync(
        team_id=team_id,
        expand=expand,
        client=self._client,
    )


def _team_teams_delete(
    self: TeamOperations,
    team_id: str,
) -> Any:
    """Delete a team: `DELETE /team/v0/teams/{team_id}`.

    See `team_teams_delete.sync` for the parameters and the errors it raises.
    """
    from . import team_teams_delete

    return team_teams_delete.sync(
        team_id=team_id,
        client=self._client,
    )


def _team_teams_partial_update(
    self: TeamOperations,
    team_id: str,
    *,
    body: TeamUpdateRequest,
) -> Team:
    """Change a team: `PATCH /team/v0/teams/{team_id}`.

    See `team_teams_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import team_teams_partial_update

    return team_teams_partial_update.sync(
        team_id=team_id,
        body=body,
        client=self._client,
    )


def _team_teams_assignments_list(
    self: TeamOperations,
    team_id: str,
) -> list[TeamAssignment]:
    """List a team's assignments: `GET /team/v0/teams/{team_id}/assignments`.

    See `team_teams_assignments_list.sync` for the parameters and the errors it raises.
    """
    from . import team_teams_assignments_list

    return team_teams_assignments_list.sync(
        team_id=team_id,
        client=self._client,
    )


def _team_topics_list(
    self: TeamOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: TeamTopicsListOrderBy | Unset = UNSET,
    course_id: str,
) -> PaginatedTeamTopicList:
    """List topics: `GET /team/v0/topics/`.

    See `team_topics_list.sync` for the parameters and the errors it raises.
    """
    from . import team_topics_list

    return team_topics_list.sync(
        page=page,
        page_size=page_size,
        order_by=order_by,
        course_id=course_id,
        client=self._client,
    )


def _team_topics_retrieve(
    self: TeamOperations,
    topic_id: str,
    course_id: str,
) -> TeamTopic:
    """Get a topic of a course: `GET /team/v0/topics/{topic_id},{course_id}`.

    See `team_topics_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import team_topics_retrieve

    return team_topics_retrieve.sync(
        topic_id=topic_id,
        course_id=course_id,
        client=self._client,
    )


async def _async_team_bulk_membership_download(
    self: AsyncTeamOperations,
    course_id: str,
) -> str:
    """Download the team memberships of a course run as CSV: `GET /team/v0/bulk_team_membership/{course_id}`.

    See `team_bulk_membership_download.asyncio` for the parameters and the errors it raises.
    """
    from . import team_bulk_membership_download

    return await team_bulk_membership_download.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_team_bulk_membership_upload(
    self: AsyncTeamOperations,
    course_id: str,
    *,
    body: TeamBulkMembershipUploadRequest,
) -> TeamBulkMembershipUploadResult:
    """Change the team memberships of a course run from a CSV upload: `POST /team/v0/bulk_team_membership/{course_id}`.

    See `team_bulk_membership_upload.asyncio` for the parameters and the errors it raises.
    """
    from . import team_bulk_membership_upload

    return await team_bulk_membership_upload.asyncio(
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_team_membership_list(
    self: AsyncTeamOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    teamset_id: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> PaginatedTeamMembershipList:
    """List team memberships: `GET /team/v0/team_membership/`.

    See `team_membership_list.asyncio` for the parameters and the errors it raises.
    """
    from . import team_membership_list

    return await team_membership_list.asyncio(
        page=page,
        page_size=page_size,
        username=username,
        team_id=team_id,
        teamset_id=teamset_id,
        course_id=course_id,
        expand=expand,
        client=self._client,
    )


async def _async_team_membership_create(
    self: AsyncTeamOperations,
    *,
    body: TeamMembershipCreateRequest,
) -> TeamMembership:
    """Add a user to a team: `POST /team/v0/team_membership/`.

    See `team_membership_create.asyncio` for the parameters and the errors it raises.
    """
    from . import team_membership_create

    return await team_membership_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_team_membership_retrieve(
    self: AsyncTeamOperations,
    team_id: str,
    username: str,
    *,
    expand: str | Unset = UNSET,
) -> TeamMembership:
    """Get one team membership: `GET /team/v0/team_membership/{team_id},{username}`.

    See `team_membership_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import team_membership_retrieve

    return await team_membership_retrieve.asyncio(
        team_id=team_id,
        username=username,
        expand=expand,
        client=self._client,
    )


async def _async_team_membership_delete(
    self: AsyncTeamOperations,
    team_id: str,
    username: str,
    *,
    admin: str | Unset = UNSET,
) -> Any:
    """Remove a user from a team: `DELETE /team/v0/team_membership/{team_id},{username}`.

    See `team_membership_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import team_membership_delete

    return await team_membership_delete.asyncio(
        team_id=team_id,
        username=username,
        admin=admin,
        client=self._client,
    )


async def _async_team_teams_list(
    self: AsyncTeamOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str,
    topic_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    order_by: TeamTeamsListOrderBy | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> PaginatedTeamList:
    """List teams: `GET /team/v0/teams/`.

    See `team_teams_list.asyncio` for the parameters and the errors it raises.
    """
    from . import team_teams_list

    return await team_teams_list.asyncio(
        page=page,
        page_size=page_size,
        course_id=course_id,
        topic_id=topic_id,
        username=username,
        text_search=text_search,
        order_by=order_by,
        expand=expand,
        client=self._client,
    )


async def _async_team_teams_create(
    self: AsyncTeamOperations,
    *,
    body: TeamCreateRequest,
) -> Team:
    """Create a team: `POST /team/v0/teams/`.

    See `team_teams_create.asyncio` for the parameters and the errors it raises.
    """
    from . import team_teams_create

    return await team_teams_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_team_teams_retrieve(
    self: AsyncTeamOperations,
    team_id: str,
    *,
    expand: str | Unset = UNSET,
) -> Team:
    """Get a team: `GET /team/v0/teams/{team_id}`.

    See `team_teams_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import team_teams_retrieve

    return await team_teams_retrieve.asyncio(
        team_id=team_id,
        expand=expand,
        client=self._client,
    )


async def _async_team_teams_delete(
    self: AsyncTeamOperations,
    team_id: str,
) -> Any:
    """Delete a team: `DELETE /team/v0/teams/{team_id}`.

    See `team_teams_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import team_teams_delete

    return await team_teams_delete.asyncio(
        team_id=team_id,
        client=self._client,
    )


async def _async_team_teams_partial_update(
    self: AsyncTeamOperations,
    team_id: str,
    *,
    body: TeamUpdateRequest,
) -> Team:
    """Change a team: `PATCH /team/v0/teams/{team_id}`.

    See `team_teams_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import team_teams_partial_update

    return await team_teams_partial_update.asyncio(
        team_id=team_id,
        body=body,
        client=self._client,
    )


async def _async_team_teams_assignments_list(
    self: AsyncTeamOperations,
    team_id: str,
) -> list[TeamAssignment]:
    """List a team's assignments: `GET /team/v0/teams/{team_id}/assignments`.

    See `team_teams_assignments_list.asyncio` for the parameters and the errors it raises.
    """
    from . import team_teams_assignments_list

    return await team_teams_assignments_list.asyncio(
        team_id=team_id,
        client=self._client,
    )


async def _async_team_topics_list(
    self: AsyncTeamOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: TeamTopicsListOrderBy | Unset = UNSET,
    course_id: str,
) -> PaginatedTeamTopicList:
    """List topics: `GET /team/v0/topics/`.

    See `team_topics_list.asyncio` for the parameters and the errors it raises.
    """
    from . import team_topics_list

    return await team_topics_list.asyncio(
        page=page,
        page_size=page_size,
        order_by=order_by,
        course_id=course_id,
        client=self._client,
    )


async def _async_team_topics_retrieve(
    self: AsyncTeamOperations,
    topic_id: str,
    course_id: str,
) -> TeamTopic:
    """Get a topic of a course: `GET /team/v0/topics/{topic_id},{course_id}`.

    See `team_topics_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import team_topics_retrieve

    return await team_topics_retrieve.asyncio(
        topic_id=topic_id,
        course_id=course_id,
        client=self._client,
    )


class TeamOperations:
    """The team operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    bulk_membership_download = _team_bulk_membership_download
    bulk_membership_upload = _team_bulk_membership_upload
    membership_list = _team_membership_list
    membership_create = _team_membership_create
    membership_retrieve = _team_membership_retrieve
    membership_delete = _team_membership_delete
    teams_list = _team_teams_list
    teams_create = _team_teams_create
    teams_retrieve = _team_teams_retrieve
    teams_delete = _team_teams_delete
    teams_partial_update = _team_teams_partial_update
    teams_assignments_list = _team_teams_assignments_list
    topics_list = _team_topics_list
    topics_retrieve = _team_topics_retrieve


class AsyncTeamOperations:
    """The team operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    bulk_membership_download = _async_team_bulk_membership_download
    bulk_membership_upload = _async_team_bulk_membership_upload
    membership_list = _async_team_membership_list
    membership_create = _async_team_membership_create
    membership_retrieve = _async_team_membership_retrieve
    membership_delete = _async_team_membership_delete
    teams_list = _async_team_teams_list
    teams_create = _async_team_teams_create
    teams_retrieve = _async_team_teams_retrieve
    teams_delete = _async_team_teams_delete
    teams_partial_update = _async_team_teams_partial_update
    teams_assignments_list = _async_team_teams_assignments_list
    topics_list = _async_team_topics_list
    topics_retrieve = _async_team_topics_retrieve
