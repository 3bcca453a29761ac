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

    Creates a team membership. The doc gives only the request line. The platform reads `username` and
    `team_id` (both required, 400 without), answers 404 for an unknown team or user and where a learner
    tries to add someone else, 403 where a learner joins a team of an instructor-managed topic, and 400
    when the team is full, the user is already in a team of the topic or is not enrolled in the course.
    A created membership is answered 200 with the membership.

    Args:
        body (TeamMembershipCreateRequest): Who joins which team. The doc names no field; the
            platform's view reads these two.

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

    Creates a team membership. The doc gives only the request line. The platform reads `username` and
    `team_id` (both required, 400 without), answers 404 for an unknown team or user and where a learner
    tries to add someone else, 403 where a learner joins a team of an instructor-managed topic, and 400
    when the team is full, the user is already in a team of the topic or is not enrolled in the course.
    A created membership is answered 200 with the membership.

    Args:
        body (TeamMembershipCreateRequest): Who joins which team. The doc names no field; the
            platform's view reads these two.

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

    Creates a team membership. The doc gives only the request line. The platform reads `username` and
    `team_id` (both required, 400 without), answers 404 for an unknown team or user and where a learner
    tries to add someone else, 403 where a learner joins a team of an instructor-managed topic, and 400
    when the team is full, the user is already in a team of the topic or is not enrolled in the course.
    A created membership is answered 200 with the membership.

    Args:
        body (TeamMembershipCreateRequest): Who joins which team. The doc names no field; the
            platform's view reads these two.

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

    Creates a team membership. The doc gives only the request line. The platform reads `username` and
    `team_id` (both required, 400 without), answers 404 for an unknown team or user and where a learner
    tries to add someone else, 403 where a learner joins a team of an instructor-managed topic, and 400
    when the team is full, the user is already in a team of the topic or is not enrolled in the course.
    A created membership is answered 200 with the membership.

    Args:
        body (TeamMembershipCreateRequest): Who joins which team. The doc names no field; the
            platform's view reads these two.

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
