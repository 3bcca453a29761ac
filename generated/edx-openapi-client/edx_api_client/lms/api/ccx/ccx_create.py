from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ccx_course import CcxCourse
from ...types import Response


def _get_kwargs(
    *,
    body: CcxCourse,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ccx/v0/ccx/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CcxCourse:
    if response.status_code == 201:
        response_201 = CcxCourse.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CcxCourse]:
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
    body: CcxCourse,
) -> Response[CcxCourse]:
    """Create a CCX course

    Creates a CCX course from the master course named by `master_course_id`, coached by the user with
    `coach_email`. `ccx_course_id` and `course_modules` are read only; the other fields must be sent.
    Only staff and instructors of the master course may create one; other callers get 403, and a
    malformed `master_course_id` answers 404.

    Who may call: staff of the course `master_course_id`. Anyone else gets 403. Staff or instructor role
    in the master course; global staff get no bypass. Without `master_course_id` the caller gets 403; a
    malformed one answers 404.

    Args:
        body (CcxCourse): A custom course (CCX) derived from a master course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CcxCourse]: the status, headers, raw body and parsed body.
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
    body: CcxCourse,
) -> CcxCourse:
    """Create a CCX course

    Creates a CCX course from the master course named by `master_course_id`, coached by the user with
    `coach_email`. `ccx_course_id` and `course_modules` are read only; the other fields must be sent.
    Only staff and instructors of the master course may create one; other callers get 403, and a
    malformed `master_course_id` answers 404.

    Who may call: staff of the course `master_course_id`. Anyone else gets 403. Staff or instructor role
    in the master course; global staff get no bypass. Without `master_course_id` the caller gets 403; a
    malformed one answers 404.

    Args:
        body (CcxCourse): A custom course (CCX) derived from a master course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CcxCourse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CcxCourse,
) -> Response[CcxCourse]:
    """Create a CCX course

    Creates a CCX course from the master course named by `master_course_id`, coached by the user with
    `coach_email`. `ccx_course_id` and `course_modules` are read only; the other fields must be sent.
    Only staff and instructors of the master course may create one; other callers get 403, and a
    malformed `master_course_id` answers 404.

    Who may call: staff of the course `master_course_id`. Anyone else gets 403. Staff or instructor role
    in the master course; global staff get no bypass. Without `master_course_id` the caller gets 403; a
    malformed one answers 404.

    Args:
        body (CcxCourse): A custom course (CCX) derived from a master course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CcxCourse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CcxCourse,
) -> CcxCourse:
    """Create a CCX course

    Creates a CCX course from the master course named by `master_course_id`, coached by the user with
    `coach_email`. `ccx_course_id` and `course_modules` are read only; the other fields must be sent.
    Only staff and instructors of the master course may create one; other callers get 403, and a
    malformed `master_course_id` answers 404.

    Who may call: staff of the course `master_course_id`. Anyone else gets 403. Staff or instructor role
    in the master course; global staff get no bypass. Without `master_course_id` the caller gets 403; a
    malformed one answers 404.

    Args:
        body (CcxCourse): A custom course (CCX) derived from a master course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CcxCourse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
