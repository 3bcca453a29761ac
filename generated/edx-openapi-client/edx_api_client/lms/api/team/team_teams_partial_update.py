from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team import Team
from ...models.team_update_request import TeamUpdateRequest
from ...types import Response


def _get_kwargs(
    team_id: str,
    *,
    body: TeamUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/team/v0/teams/{team_id}".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Team:
    if response.status_code == 200:
        response_200 = Team.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Team]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.EdxApiError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.invalid_response(response, exc) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamUpdateRequest,
) -> Response[Team]:
    """Change a team

    Updates the team `team_id` with a JSON merge patch (`application/merge-patch+json`; 415 for any
    other media type) of its writable fields, validates it (400 for invalid data) and answers the
    changed team. Only the course's staff and instructors, its discussion moderators and global staff
    may change a team (403 for others, 404 for an unknown team).

    Who may call: staff of the course `team_id`, or global staff. Anyone else gets 403. The course's
    staff, instructors and discussion moderators (found from the team), or global staff; the vocabulary
    has no caller for moderators, so course-staff stands for all three.

    Args:
        team_id (str):
        body (TeamUpdateRequest): The writable fields of a team, any of them; the identifier,
            course, creation and activity dates and the members are read-only.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Team]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamUpdateRequest,
) -> Team:
    """Change a team

    Updates the team `team_id` with a JSON merge patch (`application/merge-patch+json`; 415 for any
    other media type) of its writable fields, validates it (400 for invalid data) and answers the
    changed team. Only the course's staff and instructors, its discussion moderators and global staff
    may change a team (403 for others, 404 for an unknown team).

    Who may call: staff of the course `team_id`, or global staff. Anyone else gets 403. The course's
    staff, instructors and discussion moderators (found from the team), or global staff; the vocabulary
    has no caller for moderators, so course-staff stands for all three.

    Args:
        team_id (str):
        body (TeamUpdateRequest): The writable fields of a team, any of them; the identifier,
            course, creation and activity dates and the members are read-only.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Team
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamUpdateRequest,
) -> Response[Team]:
    """Change a team

    Updates the team `team_id` with a JSON merge patch (`application/merge-patch+json`; 415 for any
    other media type) of its writable fields, validates it (400 for invalid data) and answers the
    changed team. Only the course's staff and instructors, its discussion moderators and global staff
    may change a team (403 for others, 404 for an unknown team).

    Who may call: staff of the course `team_id`, or global staff. Anyone else gets 403. The course's
    staff, instructors and discussion moderators (found from the team), or global staff; the vocabulary
    has no caller for moderators, so course-staff stands for all three.

    Args:
        team_id (str):
        body (TeamUpdateRequest): The writable fields of a team, any of them; the identifier,
            course, creation and activity dates and the members are read-only.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Team]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamUpdateRequest,
) -> Team:
    """Change a team

    Updates the team `team_id` with a JSON merge patch (`application/merge-patch+json`; 415 for any
    other media type) of its writable fields, validates it (400 for invalid data) and answers the
    changed team. Only the course's staff and instructors, its discussion moderators and global staff
    may change a team (403 for others, 404 for an unknown team).

    Who may call: staff of the course `team_id`, or global staff. Anyone else gets 403. The course's
    staff, instructors and discussion moderators (found from the team), or global staff; the vocabulary
    has no caller for moderators, so course-staff stands for all three.

    Args:
        team_id (str):
        body (TeamUpdateRequest): The writable fields of a team, any of them; the identifier,
            course, creation and activity dates and the members are read-only.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Team
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
        )
    ).parsed
