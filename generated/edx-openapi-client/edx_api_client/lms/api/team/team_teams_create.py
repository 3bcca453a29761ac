from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team import Team
from ...models.team_create_request import TeamCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TeamCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/team/v0/teams/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    *,
    client: AuthenticatedClient | Client,
    body: TeamCreateRequest,
) -> Response[Team]:
    """Create a team

    Creates a team from the fields of the body (`course_id`, `topic_id`, `name` and `description` are
    required) and answers 200 with it. A learner becomes the first member of the team created; staff do
    not. Learners enrolled in the course, its staff and discussion moderators and global staff may
    create teams (403 for others); a learner creating a team in an instructor-managed topic gets 403. An
    unknown course or a topic the caller cannot see answers 404; invalid fields, or a learner who
    already has a team in the topic, 400.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. Learners may only create teams in open topics; instructor-
    managed topics refuse them with 403. The course's discussion administrators, moderators and
    community TAs pass the same check as its staff.

    Args:
        body (TeamCreateRequest): A new team: its course run, topic, name and description (all
            required), and optionally its country, language and organization protection.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Team]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TeamCreateRequest,
) -> Team:
    """Create a team

    Creates a team from the fields of the body (`course_id`, `topic_id`, `name` and `description` are
    required) and answers 200 with it. A learner becomes the first member of the team created; staff do
    not. Learners enrolled in the course, its staff and discussion moderators and global staff may
    create teams (403 for others); a learner creating a team in an instructor-managed topic gets 403. An
    unknown course or a topic the caller cannot see answers 404; invalid fields, or a learner who
    already has a team in the topic, 400.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. Learners may only create teams in open topics; instructor-
    managed topics refuse them with 403. The course's discussion administrators, moderators and
    community TAs pass the same check as its staff.

    Args:
        body (TeamCreateRequest): A new team: its course run, topic, name and description (all
            required), and optionally its country, language and organization protection.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Team
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TeamCreateRequest,
) -> Response[Team]:
    """Create a team

    Creates a team from the fields of the body (`course_id`, `topic_id`, `name` and `description` are
    required) and answers 200 with it. A learner becomes the first member of the team created; staff do
    not. Learners enrolled in the course, its staff and discussion moderators and global staff may
    create teams (403 for others); a learner creating a team in an instructor-managed topic gets 403. An
    unknown course or a topic the caller cannot see answers 404; invalid fields, or a learner who
    already has a team in the topic, 400.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. Learners may only create teams in open topics; instructor-
    managed topics refuse them with 403. The course's discussion administrators, moderators and
    community TAs pass the same check as its staff.

    Args:
        body (TeamCreateRequest): A new team: its course run, topic, name and description (all
            required), and optionally its country, language and organization protection.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Team]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TeamCreateRequest,
) -> Team:
    """Create a team

    Creates a team from the fields of the body (`course_id`, `topic_id`, `name` and `description` are
    required) and answers 200 with it. A learner becomes the first member of the team created; staff do
    not. Learners enrolled in the course, its staff and discussion moderators and global staff may
    create teams (403 for others); a learner creating a team in an instructor-managed topic gets 403. An
    unknown course or a topic the caller cannot see answers 404; invalid fields, or a learner who
    already has a team in the topic, 400.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. Learners may only create teams in open topics; instructor-
    managed topics refuse them with 403. The course's discussion administrators, moderators and
    community TAs pass the same check as its staff.

    Args:
        body (TeamCreateRequest): A new team: its course run, topic, name and description (all
            required), and optionally its country, language and organization protection.

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
            client=client,
            body=body,
        )
    ).parsed
