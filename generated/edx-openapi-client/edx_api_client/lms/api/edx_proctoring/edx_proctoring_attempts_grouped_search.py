from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_grouped_attempts_page import (
    EdxProctoringGroupedAttemptsPage,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    search_by: str,
    *,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_proctoring/v1/proctored_exam/attempt/grouped/course_id/{course_id}/search/{search_by}".format(
            course_id=quote(str(course_id), safe=""),
            search_by=quote(str(search_by), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringGroupedAttemptsPage:
    if response.status_code == 200:
        response_200 = EdxProctoringGroupedAttemptsPage.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringGroupedAttemptsPage]:
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
    search_by: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> Response[EdxProctoringGroupedAttemptsPage]:
    """Search the grouped exam attempts of a course

    Lists the grouped exam attempts of the course in the path whose learner's username or email contains
    `search_by`, in the same page as GET
    /edx_proctoring/v1/proctored_exam/attempt/grouped/course_id/{course_id}. Only the course's staff and
    global staff may call it (403 otherwise).

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        search_by (str):
        page (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringGroupedAttemptsPage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        search_by=search_by,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    search_by: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> EdxProctoringGroupedAttemptsPage:
    """Search the grouped exam attempts of a course

    Lists the grouped exam attempts of the course in the path whose learner's username or email contains
    `search_by`, in the same page as GET
    /edx_proctoring/v1/proctored_exam/attempt/grouped/course_id/{course_id}. Only the course's staff and
    global staff may call it (403 otherwise).

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        search_by (str):
        page (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringGroupedAttemptsPage
    """

    return sync_detailed(
        course_id=course_id,
        search_by=search_by,
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    search_by: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> Response[EdxProctoringGroupedAttemptsPage]:
    """Search the grouped exam attempts of a course

    Lists the grouped exam attempts of the course in the path whose learner's username or email contains
    `search_by`, in the same page as GET
    /edx_proctoring/v1/proctored_exam/attempt/grouped/course_id/{course_id}. Only the course's staff and
    global staff may call it (403 otherwise).

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        search_by (str):
        page (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringGroupedAttemptsPage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        search_by=search_by,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    search_by: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> EdxProctoringGroupedAttemptsPage:
    """Search the grouped exam attempts of a course

    Lists the grouped exam attempts of the course in the path whose learner's username or email contains
    `search_by`, in the same page as GET
    /edx_proctoring/v1/proctored_exam/attempt/grouped/course_id/{course_id}. Only the course's staff and
    global staff may call it (403 otherwise).

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        search_by (str):
        page (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringGroupedAttemptsPage
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            search_by=search_by,
            client=client,
            page=page,
        )
    ).parsed
