from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cohort_settings import CohortSettings
from ...types import Response


def _get_kwargs(
    course_key_string: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cohorts/v1/settings/{course_key_string}".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CohortSettings:
    if response.status_code == 200:
        response_200 = CohortSettings.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CohortSettings]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[CohortSettings]:
    """Get a course's cohort settings

    Returns the cohort settings of the course `course_key_string`: whether the course is cohorted
    (`is_cohorted`). Only the course's staff and instructors and global staff may call it: other users
    get 403, and forum moderators, whom the permission lets through for reads, 404.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs pass the permission check for a GET, but the course's
    staff check then answers them 404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CohortSettings]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> CohortSettings:
    """Get a course's cohort settings

    Returns the cohort settings of the course `course_key_string`: whether the course is cohorted
    (`is_cohorted`). Only the course's staff and instructors and global staff may call it: other users
    get 403, and forum moderators, whom the permission lets through for reads, 404.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs pass the permission check for a GET, but the course's
    staff check then answers them 404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CohortSettings
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CohortSettings]:
    """Get a course's cohort settings

    Returns the cohort settings of the course `course_key_string`: whether the course is cohorted
    (`is_cohorted`). Only the course's staff and instructors and global staff may call it: other users
    get 403, and forum moderators, whom the permission lets through for reads, 404.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs pass the permission check for a GET, but the course's
    staff check then answers them 404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CohortSettings]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> CohortSettings:
    """Get a course's cohort settings

    Returns the cohort settings of the course `course_key_string`: whether the course is cohorted
    (`is_cohorted`). Only the course's staff and instructors and global staff may call it: other users
    get 403, and forum moderators, whom the permission lets through for reads, 404.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs pass the permission check for a GET, but the course's
    staff check then answers them 404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CohortSettings
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
        )
    ).parsed
