from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team_membership import TeamMembership
from ...models.team_membership_create_request import TeamMembershipCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TeamMembershipCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/team/v0/team_membership/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: TeamMembershipCreateRequest,
) -> Response[TeamMembership]:
    """Add a user to a team

    Adds the user `username` to the team `team_id` (both required, 400 without) and answers 200 with the
    membership. A learner enrolled in the team's course may add only themselves; the course's staff and
    discussion moderators and global staff may add anyone. An unknown team or user, a caller without
    access to the team's course or team, and a learner adding someone else are all answered 404; a
    learner joining a team of an instructor-managed topic gets 403; a full team, a user already in a
    team of the topic, or one not enrolled in the course answers 400.

    Who may call: the user named by `username`, staff of the course `team_id`, or global staff. Anyone
    else gets 404. A learner must be enrolled in the team's course to add themselves. The course's
    staff, instructors and discussion moderators (course-staff, found from the team) may add anyone.
    Learners cannot join teams of instructor-managed topics (403).

    Args:
        body (TeamMembershipCreateRequest): Who joins which team; both `username` and `team_id`
            are required.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[TeamMembership]: the status, headers, raw body and parsed body.
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
    body: TeamMembershipCreateRequest,
) -> TeamMembership:
    """Add a user to a team

    Adds the user `username` to the team `team_id` (both required, 400 without) and answers 200 with the
    membership. A learner enrolled in the team's course may add only themselves; the course's staff and
    discussion moderators and global staff may add anyone. An unknown team or user, a caller without
    access to the team's course or team, and a learner adding someone else are all answered 404; a
    learner joining a team of an instructor-managed topic gets 403; a full team, a user already in a
    team of the topic, or one not enrolled in the course answers 400.

    Who may call: the user named by `username`, staff of the course `team_id`, or global staff. Anyone
    else gets 404. A learner must be enrolled in the team's course to add themselves. The course's
    staff, instructors and discussion moderators (course-staff, found from the team) may add anyone.
    Learners cannot join teams of instructor-managed topics (403).

    Args:
        body (TeamMembershipCreateRequest): Who joins which team; both `username` and `team_id`
            are required.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        TeamMembership
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TeamMembershipCreateRequest,
) -> Response[TeamMembership]:
    """Add a user to a team

    Adds the user `username` to the team `team_id` (both required, 400 without) and answers 200 with the
    membership. A learner enrolled in the team's course may add only themselves; the course's staff and
    discussion moderators and global staff may add anyone. An unknown team or user, a caller without
    access to the team's course or team, and a learner adding someone else are all answered 404; a
    learner joining a team of an instructor-managed topic gets 403; a full team, a user already in a
    team of the topic, or one not enrolled in the course answers 400.

    Who may call: the user named by `username`, staff of the course `team_id`, or global staff. Anyone
    else gets 404. A learner must be enrolled in the team's course to add themselves. The course's
    staff, instructors and discussion moderators (course-staff, found from the team) may add anyone.
    Learners cannot join teams of instructor-managed topics (403).

    Args:
        body (TeamMembershipCreateRequest): Who joins which team; both `username` and `team_id`
            are required.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[TeamMembership]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TeamMembershipCreateRequest,
) -> TeamMembership:
    """Add a user to a team

    Adds the user `username` to the team `team_id` (both required, 400 without) and answers 200 with the
    membership. A learner enrolled in the team's course may add only themselves; the course's staff and
    discussion moderators and global staff may add anyone. An unknown team or user, a caller without
    access to the team's course or team, and a learner adding someone else are all answered 404; a
    learner joining a team of an instructor-managed topic gets 403; a full team, a user already in a
    team of the topic, or one not enrolled in the course answers 400.

    Who may call: the user named by `username`, staff of the course `team_id`, or global staff. Anyone
    else gets 404. A learner must be enrolled in the team's course to add themselves. The course's
    staff, instructors and discussion moderators (course-staff, found from the team) may add anyone.
    Learners cannot join teams of instructor-managed topics (403).

    Args:
        body (TeamMembershipCreateRequest): Who joins which team; both `username` and `team_id`
            are required.

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
            client=client,
            body=body,
        )
    ).parsed
