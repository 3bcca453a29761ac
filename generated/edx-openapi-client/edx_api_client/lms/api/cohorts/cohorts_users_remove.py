from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    course_key_string: str,
    cohort_id: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}/users/{username}".format(
            course_key_string=quote(str(course_key_string), safe=""),
            cohort_id=quote(str(cohort_id), safe=""),
            username=quote(str(username), safe=""),
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
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Remove a user from a cohort

    Removes the user `username` from the cohort `cohort_id` of the course `course_key_string` and
    answers 204 with no body. An unknown user or cohort answers 404 and a user who is not in this cohort
    400. Only the course's staff and instructors and global staff may call it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
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
) -> Any:
    """Remove a user from a cohort

    Removes the user `username` from the cohort `cohort_id` of the course `course_key_string` and
    answers 204 with no body. An unknown user or cohort answers 404 and a user who is not in this cohort
    400. Only the course's staff and instructors and global staff may call it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Remove a user from a cohort

    Removes the user `username` from the cohort `cohort_id` of the course `course_key_string` and
    answers 204 with no body. An unknown user or cohort answers 404 and a user who is not in this cohort
    400. Only the course's staff and instructors and global staff may call it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Remove a user from a cohort

    Removes the user `username` from the cohort `cohort_id` of the course `course_key_string` and
    answers 204 with no body. An unknown user or cohort answers 404 and a user who is not in this cohort
    400. Only the course's staff and instructors and global staff may call it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):

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
            course_key_string=course_key_string,
            cohort_id=cohort_id,
            username=username,
            client=client,
        )
    ).parsed
