from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.grades_grading_info import GradesGradingInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    graded_only: bool | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["graded_only"] = graded_only

    params["all"] = all_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/grades/v1/gradebook/{course_id}/grading-info".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GradesGradingInfo:
    if response.status_code == 200:
        response_200 = GradesGradingInfo.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GradesGradingInfo]:
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
    *,
    client: AuthenticatedClient | Client,
    graded_only: bool | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> Response[GradesGradingInfo]:
    """Retrieve a course's grading information

    Returns the grading information the gradebook needs for the course named in the path: its assignment
    types and subsections (only graded ones with `graded_only`), grade cutoffs, and whether grades are
    frozen. Only the course's staff and instructors, and global staff, may call it; others get 403.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. Course author
    access is checked (the course's staff or instructor role, or global staff).

    Args:
        course_id (str):
        graded_only (bool | Unset):
        all_ (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[GradesGradingInfo]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        graded_only=graded_only,
        all_=all_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    graded_only: bool | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> GradesGradingInfo:
    """Retrieve a course's grading information

    Returns the grading information the gradebook needs for the course named in the path: its assignment
    types and subsections (only graded ones with `graded_only`), grade cutoffs, and whether grades are
    frozen. Only the course's staff and instructors, and global staff, may call it; others get 403.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. Course author
    access is checked (the course's staff or instructor role, or global staff).

    Args:
        course_id (str):
        graded_only (bool | Unset):
        all_ (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        GradesGradingInfo
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        graded_only=graded_only,
        all_=all_,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    graded_only: bool | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> Response[GradesGradingInfo]:
    """Retrieve a course's grading information

    Returns the grading information the gradebook needs for the course named in the path: its assignment
    types and subsections (only graded ones with `graded_only`), grade cutoffs, and whether grades are
    frozen. Only the course's staff and instructors, and global staff, may call it; others get 403.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. Course author
    access is checked (the course's staff or instructor role, or global staff).

    Args:
        course_id (str):
        graded_only (bool | Unset):
        all_ (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[GradesGradingInfo]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        graded_only=graded_only,
        all_=all_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    graded_only: bool | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> GradesGradingInfo:
    """Retrieve a course's grading information

    Returns the grading information the gradebook needs for the course named in the path: its assignment
    types and subsections (only graded ones with `graded_only`), grade cutoffs, and whether grades are
    frozen. Only the course's staff and instructors, and global staff, may call it; others get 403.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. Course author
    access is checked (the course's staff or instructor role, or global staff).

    Args:
        course_id (str):
        graded_only (bool | Unset):
        all_ (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        GradesGradingInfo
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            graded_only=graded_only,
            all_=all_,
        )
    ).parsed
