from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    team_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/team/v0/teams/{team_id}".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 204:
        return errors.decoded_body(response)
    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
) -> Response[Any]:
    """Delete a team

    Deletes the team `team_id` with its memberships and answers 204 without a body. Only the course's
    staff and instructors, its discussion moderators and global staff may delete a team (403 for others,
    404 for an unknown team).

    Who may call: staff of the course `team_id`, or global staff. Anyone else gets 403. The course's
    staff, instructors and discussion moderators (found from the team), or global staff; the vocabulary
    has no caller for moderators, so course-staff stands for all three.

    Args:
        team_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
) -> Any:
    """Delete a team

    Deletes the team `team_id` with its memberships and answers 204 without a body. Only the course's
    staff and instructors, its discussion moderators and global staff may delete a team (403 for others,
    404 for an unknown team).

    Who may call: staff of the course `team_id`, or global staff. Anyone else gets 403. The course's
    staff, instructors and discussion moderators (found from the team), or global staff; the vocabulary
    has no caller for moderators, so course-staff stands for all three.

    Args:
        team_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete a team

    Deletes the team `team_id` with its memberships and answers 204 without a body. Only the course's
    staff and instructors, its discussion moderators and global staff may delete a team (403 for others,
    404 for an unknown team).

    Who may call: staff of the course `team_id`, or global staff. Anyone else gets 403. The course's
    staff, instructors and discussion moderators (found from the team), or global staff; the vocabulary
    has no caller for moderators, so course-staff stands for all three.

    Args:
        team_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
) -> Any:
    """Delete a team

    Deletes the team `team_id` with its memberships and answers 204 without a body. Only the course's
    staff and instructors, its discussion moderators and global staff may delete a team (403 for others,
    404 for an unknown team).

    Who may call: staff of the course `team_id`, or global staff. Anyone else gets 403. The course's
    staff, instructors and discussion moderators (found from the team), or global staff; the vocabulary
    has no caller for moderators, so course-staff stands for all three.

    Args:
        team_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
        )
    ).parsed
