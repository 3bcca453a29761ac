from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.grades_gradebook_update_item import GradesGradebookUpdateItem
from ...models.grades_gradebook_update_result import GradesGradebookUpdateResult
from ...types import Response


def _get_kwargs(
    course_id: str,
    *,
    body: list[GradesGradebookUpdateItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/grades/v1/gradebook/{course_id}/bulk-update".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GradesGradebookUpdateResult]:
    if response.status_code == 202:
        response_202 = []
        _response_202 = response.json()
        for response_202_item_data in _response_202:
            response_202_item = GradesGradebookUpdateResult.from_dict(
                response_202_item_data
            )

            response_202.append(response_202_item)

        return response_202

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[GradesGradebookUpdateResult]]:
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
    body: list[GradesGradebookUpdateItem],
) -> Response[list[GradesGradebookUpdateResult]]:
    """Update gradebook grades in bulk

    Overrides several subsection grades in the gradebook of the course named in the path; the body is a
    list of grade overrides, one per learner and subsection. Only the course's staff and instructors,
    and global staff, may call it; others get 403, as does every caller where the writable gradebook is
    not enabled or the course's grades are frozen. Answers 202 when every override was made and 422 when
    any was not, with a result per requested pair.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. Course author
    access is checked (the course's staff or instructor role, or global staff). The call is also refused
    with 403 where the writable gradebook is not enabled or the course's grades are frozen.

    Args:
        course_id (str):
        body (list[GradesGradebookUpdateItem]):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[GradesGradebookUpdateResult]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[GradesGradebookUpdateItem],
) -> list[GradesGradebookUpdateResult]:
    """Update gradebook grades in bulk

    Overrides several subsection grades in the gradebook of the course named in the path; the body is a
    list of grade overrides, one per learner and subsection. Only the course's staff and instructors,
    and global staff, may call it; others get 403, as does every caller where the writable gradebook is
    not enabled or the course's grades are frozen. Answers 202 when every override was made and 422 when
    any was not, with a result per requested pair.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. Course author
    access is checked (the course's staff or instructor role, or global staff). The call is also refused
    with 403 where the writable gradebook is not enabled or the course's grades are frozen.

    Args:
        course_id (str):
        body (list[GradesGradebookUpdateItem]):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[GradesGradebookUpdateResult]
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[GradesGradebookUpdateItem],
) -> Response[list[GradesGradebookUpdateResult]]:
    """Update gradebook grades in bulk

    Overrides several subsection grades in the gradebook of the course named in the path; the body is a
    list of grade overrides, one per learner and subsection. Only the course's staff and instructors,
    and global staff, may call it; others get 403, as does every caller where the writable gradebook is
    not enabled or the course's grades are frozen. Answers 202 when every override was made and 422 when
    any was not, with a result per requested pair.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. Course author
    access is checked (the course's staff or instructor role, or global staff). The call is also refused
    with 403 where the writable gradebook is not enabled or the course's grades are frozen.

    Args:
        course_id (str):
        body (list[GradesGradebookUpdateItem]):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[GradesGradebookUpdateResult]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[GradesGradebookUpdateItem],
) -> list[GradesGradebookUpdateResult]:
    """Update gradebook grades in bulk

    Overrides several subsection grades in the gradebook of the course named in the path; the body is a
    list of grade overrides, one per learner and subsection. Only the course's staff and instructors,
    and global staff, may call it; others get 403, as does every caller where the writable gradebook is
    not enabled or the course's grades are frozen. Answers 202 when every override was made and 422 when
    any was not, with a result per requested pair.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. Course author
    access is checked (the course's staff or instructor role, or global staff). The call is also refused
    with 403 where the writable gradebook is not enabled or the course's grades are frozen.

    Args:
        course_id (str):
        body (list[GradesGradebookUpdateItem]):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[GradesGradebookUpdateResult]
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            body=body,
        )
    ).parsed
