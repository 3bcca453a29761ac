from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cohort import Cohort
from ...types import Response


def _get_kwargs(
    course_key_string: str,
    cohort_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}".format(
            course_key_string=quote(str(course_key_string), safe=""),
            cohort_id=quote(str(cohort_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Cohort:
    if response.status_code == 200:
        response_200 = Cohort.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Cohort]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[Cohort]:
    """Get a cohort

    Returns the cohort `cohort_id` of the course `course_key_string`. The course's staff and
    instructors, global staff, and the course's forum administrators, moderators and community TAs may
    read it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs of the course may also read (GET only).

    Args:
        course_key_string (str):
        cohort_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Cohort]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    cohort_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Cohort:
    """Get a cohort

    Returns the cohort `cohort_id` of the course `course_key_string`. The course's staff and
    instructors, global staff, and the course's forum administrators, moderators and community TAs may
    read it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs of the course may also read (GET only).

    Args:
        course_key_string (str):
        cohort_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Cohort
    """

    return sync_detailed(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    cohort_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Cohort]:
    """Get a cohort

    Returns the cohort `cohort_id` of the course `course_key_string`. The course's staff and
    instructors, global staff, and the course's forum administrators, moderators and community TAs may
    read it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs of the course may also read (GET only).

    Args:
        course_key_string (str):
        cohort_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Cohort]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    cohort_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Cohort:
    """Get a cohort

    Returns the cohort `cohort_id` of the course `course_key_string`. The course's staff and
    instructors, global staff, and the course's forum administrators, moderators and community TAs may
    read it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs of the course may also read (GET only).

    Args:
        course_key_string (str):
        cohort_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Cohort
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            cohort_id=cohort_id,
            client=client,
        )
    ).parsed
