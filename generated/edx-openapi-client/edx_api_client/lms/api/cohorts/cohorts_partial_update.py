from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cohort_update_request import CohortUpdateRequest
from ...types import Response


def _get_kwargs(
    course_key_string: str,
    cohort_id: str,
    *,
    body: CohortUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}".format(
            course_key_string=quote(str(course_key_string), safe=""),
            cohort_id=quote(str(cohort_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: CohortUpdateRequest,
) -> Response[Any]:
    """Change a cohort

    Changes the name, the assignment type and/or the content group of the cohort `cohort_id` of the
    course `course_key_string` and answers 204 with no body. `group_id` with its `user_partition_id`
    links the cohort to a content group and `group_id` null unlinks it. At least one of `name`,
    `assignment_type` and `group_id` must be sent (400 otherwise); a name another cohort of the course
    has answers 400, as does making the course's last random cohort manual. Only the course's staff and
    instructors and global staff may change it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        cohort_id (str):
        body (CohortUpdateRequest): The changes to a cohort: at least one of `name`,
            `assignment_type` and `group_id`. A `group_id` links the cohort to that content group and
            then needs the `user_partition_id` of its configuration; a null `group_id` unlinks it.

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
        body=body,
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
    body: CohortUpdateRequest,
) -> Any:
    """Change a cohort

    Changes the name, the assignment type and/or the content group of the cohort `cohort_id` of the
    course `course_key_string` and answers 204 with no body. `group_id` with its `user_partition_id`
    links the cohort to a content group and `group_id` null unlinks it. At least one of `name`,
    `assignment_type` and `group_id` must be sent (400 otherwise); a name another cohort of the course
    has answers 400, as does making the course's last random cohort manual. Only the course's staff and
    instructors and global staff may change it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        cohort_id (str):
        body (CohortUpdateRequest): The changes to a cohort: at least one of `name`,
            `assignment_type` and `group_id`. A `group_id` links the cohort to that content group and
            then needs the `user_partition_id` of its configuration; a null `group_id` unlinks it.

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
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    cohort_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortUpdateRequest,
) -> Response[Any]:
    """Change a cohort

    Changes the name, the assignment type and/or the content group of the cohort `cohort_id` of the
    course `course_key_string` and answers 204 with no body. `group_id` with its `user_partition_id`
    links the cohort to a content group and `group_id` null unlinks it. At least one of `name`,
    `assignment_type` and `group_id` must be sent (400 otherwise); a name another cohort of the course
    has answers 400, as does making the course's last random cohort manual. Only the course's staff and
    instructors and global staff may change it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        cohort_id (str):
        body (CohortUpdateRequest): The changes to a cohort: at least one of `name`,
            `assignment_type` and `group_id`. A `group_id` links the cohort to that content group and
            then needs the `user_partition_id` of its configuration; a null `group_id` unlinks it.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    cohort_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortUpdateRequest,
) -> Any:
    """Change a cohort

    Changes the name, the assignment type and/or the content group of the cohort `cohort_id` of the
    course `course_key_string` and answers 204 with no body. `group_id` with its `user_partition_id`
    links the cohort to a content group and `group_id` null unlinks it. At least one of `name`,
    `assignment_type` and `group_id` must be sent (400 otherwise); a name another cohort of the course
    has answers 400, as does making the course's last random cohort manual. Only the course's staff and
    instructors and global staff may change it; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        cohort_id (str):
        body (CohortUpdateRequest): The changes to a cohort: at least one of `name`,
            `assignment_type` and `group_id`. A `group_id` links the cohort to that content group and
            then needs the `user_partition_id` of its configuration; a null `group_id` unlinks it.

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
            client=client,
            body=body,
        )
    ).parsed
