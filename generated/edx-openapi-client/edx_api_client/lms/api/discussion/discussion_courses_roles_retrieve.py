from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_role_members import DiscussionRoleMembers
from ...types import Response


def _get_kwargs(
    course_id: str,
    rolename: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v1/courses/{course_id}/roles/{rolename}/".format(
            course_id=quote(str(course_id), safe=""),
            rolename=quote(str(rolename), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscussionRoleMembers:
    if response.status_code == 200:
        response_200 = DiscussionRoleMembers.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscussionRoleMembers]:
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
    course_id: str,
    rolename: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DiscussionRoleMembers]:
    """List the members of a forum role

    Reads the forum role named in the path in the course named in the path: the role's members with
    their cohort group, and the course's division scheme. Only global staff may call it (403 for
    others).

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        rolename (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionRoleMembers]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        rolename=rolename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    rolename: str,
    *,
    client: AuthenticatedClient | Client,
) -> DiscussionRoleMembers:
    """List the members of a forum role

    Reads the forum role named in the path in the course named in the path: the role's members with
    their cohort group, and the course's division scheme. Only global staff may call it (403 for
    others).

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        rolename (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionRoleMembers
    """

    return sync_detailed(
        course_id=course_id,
        rolename=rolename,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    rolename: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DiscussionRoleMembers]:
    """List the members of a forum role

    Reads the forum role named in the path in the course named in the path: the role's members with
    their cohort group, and the course's division scheme. Only global staff may call it (403 for
    others).

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        rolename (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionRoleMembers]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        rolename=rolename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    rolename: str,
    *,
    client: AuthenticatedClient | Client,
) -> DiscussionRoleMembers:
    """List the members of a forum role

    Reads the forum role named in the path in the course named in the path: the role's members with
    their cohort group, and the course's division scheme. Only global staff may call it (403 for
    others).

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        rolename (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionRoleMembers
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            rolename=rolename,
            client=client,
        )
    ).parsed
