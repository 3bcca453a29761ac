from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: str,
    username: str,
    *,
    admin: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/team/v0/team_membership/{team_id},{username}".format(
            team_id=quote(str(team_id), safe=""),
            username=quote(str(username), safe=""),
        ),
        "params": params,
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
    username: str,
    *,
    client: AuthenticatedClient | Client,
    admin: str | Unset = UNSET,
) -> Response[Any]:
    """Remove a user from a team

    Deletes the membership of the user `username` in the team `team_id` and answers 204 with no body. A
    learner enrolled in the team's course may remove only themselves; the course's staff and discussion
    moderators and global staff may remove anyone. An unknown team or membership, and a learner removing
    someone else, answer 404; a learner leaving a team of an instructor-managed topic gets 403. The
    `admin` query parameter only changes how the removal is recorded in the event log.

    Who may call: the user named by `username`, staff of the course `team_id`, or global staff. Anyone
    else gets 404. The course's staff, instructors and discussion moderators (course-staff, found from
    the team) may remove anyone from a team of their course. Learners cannot leave teams of instructor-
    managed topics (403).

    Args:
        team_id (str):
        username (str):
        admin (str | Unset):

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
        username=username,
        admin=admin,
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
    admin: str | Unset = UNSET,
) -> Any:
    """Remove a user from a team

    Deletes the membership of the user `username` in the team `team_id` and answers 204 with no body. A
    learner enrolled in the team's course may remove only themselves; the course's staff and discussion
    moderators and global staff may remove anyone. An unknown team or membership, and a learner removing
    someone else, answer 404; a learner leaving a team of an instructor-managed topic gets 403. The
    `admin` query parameter only changes how the removal is recorded in the event log.

    Who may call: the user named by `username`, staff of the course `team_id`, or global staff. Anyone
    else gets 404. The course's staff, instructors and discussion moderators (course-staff, found from
    the team) may remove anyone from a team of their course. Learners cannot leave teams of instructor-
    managed topics (403).

    Args:
        team_id (str):
        username (str):
        admin (str | Unset):

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
        username=username,
        client=client,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    admin: str | Unset = UNSET,
) -> Response[Any]:
    """Remove a user from a team

    Deletes the membership of the user `username` in the team `team_id` and answers 204 with no body. A
    learner enrolled in the team's course may remove only themselves; the course's staff and discussion
    moderators and global staff may remove anyone. An unknown team or membership, and a learner removing
    someone else, answer 404; a learner leaving a team of an instructor-managed topic gets 403. The
    `admin` query parameter only changes how the removal is recorded in the event log.

    Who may call: the user named by `username`, staff of the course `team_id`, or global staff. Anyone
    else gets 404. The course's staff, instructors and discussion moderators (course-staff, found from
    the team) may remove anyone from a team of their course. Learners cannot leave teams of instructor-
    managed topics (403).

    Args:
        team_id (str):
        username (str):
        admin (str | Unset):

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
        username=username,
        admin=admin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    admin: str | Unset = UNSET,
) -> Any:
    """Remove a user from a team

    Deletes the membership of the user `username` in the team `team_id` and answers 204 with no body. A
    learner enrolled in the team's course may remove only themselves; the course's staff and discussion
    moderators and global staff may remove anyone. An unknown team or membership, and a learner removing
    someone else, answer 404; a learner leaving a team of an instructor-managed topic gets 403. The
    `admin` query parameter only changes how the removal is recorded in the event log.

    Who may call: the user named by `username`, staff of the course `team_id`, or global staff. Anyone
    else gets 404. The course's staff, instructors and discussion moderators (course-staff, found from
    the team) may remove anyone from a team of their course. Learners cannot leave teams of instructor-
    managed topics (403).

    Args:
        team_id (str):
        username (str):
        admin (str | Unset):

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
            username=username,
            client=client,
            admin=admin,
        )
    ).parsed
