from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_live_iframe import CourseLiveIframe
from ...types import Response


def _get_kwargs(
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/course_live/iframe/{course_id}/".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseLiveIframe:
    if response.status_code == 200:
        response_200 = CourseLiveIframe.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseLiveIframe]:
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
) -> Response[CourseLiveIframe]:
    """Get a course's live iframe

    Returns the live iframe of the course `course_id`. The doc's own text is only "Handle HTTP/GET
    requests"; it does not describe the body. The platform answers the HTML of the course's live tab (an
    iframe element) in `iframe`, for a learner enrolled in the course or its staff; when live is not
    enabled for the course it still answers 200, with a `developer_message` instead.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseLiveIframe]: the status, headers, raw body and parsed body.
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
) -> CourseLiveIframe:
    """Get a course's live iframe

    Returns the live iframe of the course `course_id`. The doc's own text is only "Handle HTTP/GET
    requests"; it does not describe the body. The platform answers the HTML of the course's live tab (an
    iframe element) in `iframe`, for a learner enrolled in the course or its staff; when live is not
    enabled for the course it still answers 200, with a `developer_message` instead.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseLiveIframe
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseLiveIframe]:
    """Get a course's live iframe

    Returns the live iframe of the course `course_id`. The doc's own text is only "Handle HTTP/GET
    requests"; it does not describe the body. The platform answers the HTML of the course's live tab (an
    iframe element) in `iframe`, for a learner enrolled in the course or its staff; when live is not
    enabled for the course it still answers 200, with a `developer_message` instead.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseLiveIframe]: the status, headers, raw body and parsed body.
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
) -> CourseLiveIframe:
    """Get a course's live iframe

    Returns the live iframe of the course `course_id`. The doc's own text is only "Handle HTTP/GET
    requests"; it does not describe the body. The platform answers the HTML of the course's live tab (an
    iframe element) in `iframe`, for a learner enrolled in the course or its staff; when live is not
    enabled for the course it still answers 200, with a `developer_message` instead.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseLiveIframe
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
        )
    ).parsed
