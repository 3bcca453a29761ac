from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_mode_record import CourseModeRecord
from ...types import Response


def _get_kwargs(
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/course_modes/v1/courses/{course_id}/".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[CourseModeRecord]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CourseModeRecord.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[CourseModeRecord]]:
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
) -> Response[list[CourseModeRecord]]:
    """List the modes of a course

    Returns every course mode defined for the course named by `course_id`, as a plain JSON array of
    course mode objects. A course that does not exist, like a course without modes, is answered with an
    empty array.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. A
    service calls it with a restricted-application JWT carrying the course_modes:read scope (even to
    write) and a content_org filter for the course's organization. The check also admits a caller whose
    own username is sent as a username query parameter, since edx-drf-extensions reads the user-in-URL
    check from the query string too.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[CourseModeRecord]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[CourseModeRecord]:
    """List the modes of a course

    Returns every course mode defined for the course named by `course_id`, as a plain JSON array of
    course mode objects. A course that does not exist, like a course without modes, is answered with an
    empty array.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. A
    service calls it with a restricted-application JWT carrying the course_modes:read scope (even to
    write) and a content_org filter for the course's organization. The check also admits a caller whose
    own username is sent as a username query parameter, since edx-drf-extensions reads the user-in-URL
    check from the query string too.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[CourseModeRecord]
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[CourseModeRecord]]:
    """List the modes of a course

    Returns every course mode defined for the course named by `course_id`, as a plain JSON array of
    course mode objects. A course that does not exist, like a course without modes, is answered with an
    empty array.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. A
    service calls it with a restricted-application JWT carrying the course_modes:read scope (even to
    write) and a content_org filter for the course's organization. The check also admits a caller whose
    own username is sent as a username query parameter, since edx-drf-extensions reads the user-in-URL
    check from the query string too.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[CourseModeRecord]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[CourseModeRecord]:
    """List the modes of a course

    Returns every course mode defined for the course named by `course_id`, as a plain JSON array of
    course mode objects. A course that does not exist, like a course without modes, is answered with an
    empty array.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. A
    service calls it with a restricted-application JWT carrying the course_modes:read scope (even to
    write) and a content_org filter for the course's organization. The check also admits a caller whose
    own username is sent as a username query parameter, since edx-drf-extensions reads the user-in-URL
    check from the query string too.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[CourseModeRecord]
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
        )
    ).parsed
