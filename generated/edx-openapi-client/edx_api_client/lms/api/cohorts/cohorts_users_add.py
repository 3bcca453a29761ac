from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cohort_users_add_request import CohortUsersAddRequest
from ...models.cohort_users_add_result import CohortUsersAddResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    body: CohortUsersAddRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}/users/{username}".format(
            course_key_string=quote(str(course_key_string), safe=""),
            cohort_id=quote(str(cohort_id), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CohortUsersAddResult:
    if response.status_code == 200:
        response_200 = CohortUsersAddResult.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CohortUsersAddResult]:
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
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortUsersAddRequest | Unset = UNSET,
) -> Response[CohortUsersAddResult]:
    """Add a user to a cohort

    Adds users to the cohort `cohort_id` of the course `course_key_string`: the body's `users` list of
    usernames or email addresses, or, when the body has no list, the user named in the path. Answers 200
    with what became of each user sent (added, moved from another cohort, already present, unknown,
    preassigned, invalid); an unknown cohort answers 404. Only the course's staff and instructors and
    global staff may call it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):
        body (CohortUsersAddRequest | Unset): The users to add to the cohort, by username or email
            address. Without `users` (or with an empty list) the username in the path is added.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CohortUsersAddResult]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortUsersAddRequest | Unset = UNSET,
) -> CohortUsersAddResult:
    """Add a user to a cohort

    Adds users to the cohort `cohort_id` of the course `course_key_string`: the body's `users` list of
    usernames or email addresses, or, when the body has no list, the user named in the path. Answers 200
    with what became of each user sent (added, moved from another cohort, already present, unknown,
    preassigned, invalid); an unknown cohort answers 404. Only the course's staff and instructors and
    global staff may call it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):
        body (CohortUsersAddRequest | Unset): The users to add to the cohort, by username or email
            address. Without `users` (or with an empty list) the username in the path is added.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CohortUsersAddResult
    """

    return sync_detailed(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortUsersAddRequest | Unset = UNSET,
) -> Response[CohortUsersAddResult]:
    """Add a user to a cohort

    Adds users to the cohort `cohort_id` of the course `course_key_string`: the body's `users` list of
    usernames or email addresses, or, when the body has no list, the user named in the path. Answers 200
    with what became of each user sent (added, moved from another cohort, already present, unknown,
    preassigned, invalid); an unknown cohort answers 404. Only the course's staff and instructors and
    global staff may call it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):
        body (CohortUsersAddRequest | Unset): The users to add to the cohort, by username or email
            address. Without `users` (or with an empty list) the username in the path is added.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CohortUsersAddResult]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortUsersAddRequest | Unset = UNSET,
) -> CohortUsersAddResult:
    """Add a user to a cohort

    Adds users to the cohort `cohort_id` of the course `course_key_string`: the body's `users` list of
    usernames or email addresses, or, when the body has no list, the user named in the path. Answers 200
    with what became of each user sent (added, moved from another cohort, already present, unknown,
    preassigned, invalid); an unknown cohort answers 404. Only the course's staff and instructors and
    global staff may call it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):
        body (CohortUsersAddRequest | Unset): The users to add to the cohort, by username or email
            address. Without `users` (or with an empty list) the username in the path is added.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CohortUsersAddResult
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            cohort_id=cohort_id,
            username=username,
            client=client,
            body=body,
        )
    ).parsed
