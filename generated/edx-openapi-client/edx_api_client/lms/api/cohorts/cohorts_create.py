from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cohort import Cohort
from ...models.cohort_create_request import CohortCreateRequest
from ...types import Response


def _get_kwargs(
    course_key_string: str,
    *,
    body: CohortCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cohorts/v1/courses/{course_key_string}/cohorts/".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: CohortCreateRequest,
) -> Response[Cohort]:
    """Create a cohort

    Creates a cohort in the course `course_key_string` and answers 200 with it. The body needs a `name`
    and an `assignment_type` (400 when either is missing) and may link the cohort to a content group
    (`group_id` with its `user_partition_id`; a `group_id` without `user_partition_id` answers 400).
    Only the course's staff and instructors and global staff may create one; other users get 403, and a
    course the caller cannot reach answers 404.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        body (CohortCreateRequest): A new cohort. A `group_id` links the cohort to that content
            group and then needs the `user_partition_id` of its configuration (400 otherwise).

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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortCreateRequest,
) -> Cohort:
    """Create a cohort

    Creates a cohort in the course `course_key_string` and answers 200 with it. The body needs a `name`
    and an `assignment_type` (400 when either is missing) and may link the cohort to a content group
    (`group_id` with its `user_partition_id`; a `group_id` without `user_partition_id` answers 400).
    Only the course's staff and instructors and global staff may create one; other users get 403, and a
    course the caller cannot reach answers 404.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        body (CohortCreateRequest): A new cohort. A `group_id` links the cohort to that content
            group and then needs the `user_partition_id` of its configuration (400 otherwise).

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
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortCreateRequest,
) -> Response[Cohort]:
    """Create a cohort

    Creates a cohort in the course `course_key_string` and answers 200 with it. The body needs a `name`
    and an `assignment_type` (400 when either is missing) and may link the cohort to a content group
    (`group_id` with its `user_partition_id`; a `group_id` without `user_partition_id` answers 400).
    Only the course's staff and instructors and global staff may create one; other users get 403, and a
    course the caller cannot reach answers 404.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        body (CohortCreateRequest): A new cohort. A `group_id` links the cohort to that content
            group and then needs the `user_partition_id` of its configuration (400 otherwise).

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortCreateRequest,
) -> Cohort:
    """Create a cohort

    Creates a cohort in the course `course_key_string` and answers 200 with it. The body needs a `name`
    and an `assignment_type` (400 when either is missing) and may link the cohort to a content group
    (`group_id` with its `user_partition_id`; a `group_id` without `user_partition_id` answers 400).
    Only the course's staff and instructors and global staff may create one; other users get 403, and a
    course the caller cannot reach answers 404.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        body (CohortCreateRequest): A new cohort. A `group_id` links the cohort to that content
            group and then needs the `user_partition_id` of its configuration (400 otherwise).

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
            client=client,
            body=body,
        )
    ).parsed
