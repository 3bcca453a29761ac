from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team_membership import TeamMembership
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: str,
    username: str,
    *,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/team/v0/team_membership/{team_id},{username}".format(
            team_id=quote(str(team_id), safe=""),
            username=quote(str(username), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TeamMembership:
    if response.status_code == 200:
        response_200 = TeamMembership.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TeamMembership]:
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
    username: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> Response[TeamMembership]:
    """Get one team membership

    Returns the membership of the user `username` in the team `team_id`. The caller must be enrolled in
    the team's course or be its staff or discussion moderator, or global staff, and must be able to see
    the team (a private team only to its members and staff); otherwise, as for an unknown team or
    membership, the answer is 404.

    Who may call: any signed-in user. Anyone else gets 404. Only callers enrolled in, or staff of, the
    team's course (and global staff) get an answer; the path names the team, not its course, so the list
    cannot say it. Others get 404.

    Args:
        team_id (str):
        username (str):
        expand (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[TeamMembership]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        username=username,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> TeamMembership:
    """Get one team membership

    Returns the membership of the user `username` in the team `team_id`. The caller must be enrolled in
    the team's course or be its staff or discussion moderator, or global staff, and must be able to see
    the team (a private team only to its members and staff); otherwise, as for an unknown team or
    membership, the answer is 404.

    Who may call: any signed-in user. Anyone else gets 404. Only callers enrolled in, or staff of, the
    team's course (and global staff) get an answer; the path names the team, not its course, so the list
    cannot say it. Others get 404.

    Args:
        team_id (str):
        username (str):
        expand (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        TeamMembership
    """

    return sync_detailed(
        team_id=team_id,
        username=username,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> Response[TeamMembership]:
    """Get one team membership

    Returns the membership of the user `username` in the team `team_id`. The caller must be enrolled in
    the team's course or be its staff or discussion moderator, or global staff, and must be able to see
    the team (a private team only to its members and staff); otherwise, as for an unknown team or
    membership, the answer is 404.

    Who may call: any signed-in user. Anyone else gets 404. Only callers enrolled in, or staff of, the
    team's course (and global staff) get an answer; the path names the team, not its course, so the list
    cannot say it. Others get 404.

    Args:
        team_id (str):
        username (str):
        expand (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[TeamMembership]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        username=username,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> TeamMembership:
    """Get one team membership

    Returns the membership of the user `username` in the team `team_id`. The caller must be enrolled in
    the team's course or be its staff or discussion moderator, or global staff, and must be able to see
    the team (a private team only to its members and staff); otherwise, as for an unknown team or
    membership, the answer is 404.

    Who may call: any signed-in user. Anyone else gets 404. Only callers enrolled in, or staff of, the
    team's course (and global staff) get an answer; the path names the team, not its course, so the list
    cannot say it. Others get 404.

    Args:
        team_id (str):
        username (str):
        expand (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        TeamMembership
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            username=username,
            client=client,
            expand=expand,
        )
    ).parsed
