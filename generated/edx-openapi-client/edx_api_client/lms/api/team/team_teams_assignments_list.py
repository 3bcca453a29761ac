from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team_assignment import TeamAssignment
from ...types import Response


def _get_kwargs(
    team_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/team/v0/teams/{team_id}/assignments".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[TeamAssignment]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TeamAssignment.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[TeamAssignment]]:
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
) -> Response[list[TeamAssignment]]:
    """List a team's assignments

    Returns the assignments (open response assessments of its topic) of the team `team_id` as one plain
    list. Answers 503 where team submissions are not enabled for the course, 403 for a caller neither
    enrolled in the team's course nor its staff, and 404 for an unknown team or one the caller may not
    see.

    Who may call: any signed-in user. Anyone else gets 403. Only callers enrolled in, or staff of, the
    team's course (and global staff) are answered; the path names the team, not its course, so the list
    cannot say it. Others get 403, and a team they may not see 404.

    Args:
        team_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[TeamAssignment]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        team_id=team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[TeamAssignment]:
    """List a team's assignments

    Returns the assignments (open response assessments of its topic) of the team `team_id` as one plain
    list. Answers 503 where team submissions are not enabled for the course, 403 for a caller neither
    enrolled in the team's course nor its staff, and 404 for an unknown team or one the caller may not
    see.

    Who may call: any signed-in user. Anyone else gets 403. Only callers enrolled in, or staff of, the
    team's course (and global staff) are answered; the path names the team, not its course, so the list
    cannot say it. Others get 403, and a team they may not see 404.

    Args:
        team_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[TeamAssignment]
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[TeamAssignment]]:
    """List a team's assignments

    Returns the assignments (open response assessments of its topic) of the team `team_id` as one plain
    list. Answers 503 where team submissions are not enabled for the course, 403 for a caller neither
    enrolled in the team's course nor its staff, and 404 for an unknown team or one the caller may not
    see.

    Who may call: any signed-in user. Anyone else gets 403. Only callers enrolled in, or staff of, the
    team's course (and global staff) are answered; the path names the team, not its course, so the list
    cannot say it. Others get 403, and a team they may not see 404.

    Args:
        team_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[TeamAssignment]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        team_id=team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[TeamAssignment]:
    """List a team's assignments

    Returns the assignments (open response assessments of its topic) of the team `team_id` as one plain
    list. Answers 503 where team submissions are not enabled for the course, 403 for a caller neither
    enrolled in the team's course nor its staff, and 404 for an unknown team or one the caller may not
    see.

    Who may call: any signed-in user. Anyone else gets 403. Only callers enrolled in, or staff of, the
    team's course (and global staff) are answered; the path names the team, not its course, so the list
    cannot say it. Others get 403, and a team they may not see 404.

    Args:
        team_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[TeamAssignment]
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
        )
    ).parsed
