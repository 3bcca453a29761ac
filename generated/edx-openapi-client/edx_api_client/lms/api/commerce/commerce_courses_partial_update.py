from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commerce_course import CommerceCourse
from ...types import Response


def _get_kwargs(
    course_id: str,
    *,
    body: CommerceCourse,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/commerce/v1/courses/{course_id}/".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommerceCourse:
    if response.status_code == 200:
        response_200 = CommerceCourse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CommerceCourse.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommerceCourse]:
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
    body: CommerceCourse,
) -> Response[CommerceCourse]:
    """Update part of a course and its modes

    Changes the course record named by `course_id` and its modes. A PATCH of a course that has no mode
    yet creates it (201), and then the body is validated in full. Only callers holding the change
    permission on course modes (superusers, or staff users granted it) and the ecommerce service, which
    sends the deployment's API key header, may call it; other signed-in users are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check is Django's change permission on the course mode model (held by superusers and by staff users
    granted it, not by is_staff alone) or the deprecated X-Edx-Api-Key header, which the ecommerce
    service sends.

    Args:
        course_id (str):
        body (CommerceCourse): A course as the commerce API sees it, with its enrollment modes.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CommerceCourse]: the status, headers, raw body and parsed body.
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
    body: CommerceCourse,
) -> CommerceCourse:
    """Update part of a course and its modes

    Changes the course record named by `course_id` and its modes. A PATCH of a course that has no mode
    yet creates it (201), and then the body is validated in full. Only callers holding the change
    permission on course modes (superusers, or staff users granted it) and the ecommerce service, which
    sends the deployment's API key header, may call it; other signed-in users are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check is Django's change permission on the course mode model (held by superusers and by staff users
    granted it, not by is_staff alone) or the deprecated X-Edx-Api-Key header, which the ecommerce
    service sends.

    Args:
        course_id (str):
        body (CommerceCourse): A course as the commerce API sees it, with its enrollment modes.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CommerceCourse
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
    body: CommerceCourse,
) -> Response[CommerceCourse]:
    """Update part of a course and its modes

    Changes the course record named by `course_id` and its modes. A PATCH of a course that has no mode
    yet creates it (201), and then the body is validated in full. Only callers holding the change
    permission on course modes (superusers, or staff users granted it) and the ecommerce service, which
    sends the deployment's API key header, may call it; other signed-in users are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check is Django's change permission on the course mode model (held by superusers and by staff users
    granted it, not by is_staff alone) or the deprecated X-Edx-Api-Key header, which the ecommerce
    service sends.

    Args:
        course_id (str):
        body (CommerceCourse): A course as the commerce API sees it, with its enrollment modes.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CommerceCourse]: the status, headers, raw body and parsed body.
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
    body: CommerceCourse,
) -> CommerceCourse:
    """Update part of a course and its modes

    Changes the course record named by `course_id` and its modes. A PATCH of a course that has no mode
    yet creates it (201), and then the body is validated in full. Only callers holding the change
    permission on course modes (superusers, or staff users granted it) and the ecommerce service, which
    sends the deployment's API key header, may call it; other signed-in users are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check is Django's change permission on the course mode model (held by superusers and by staff users
    granted it, not by is_staff alone) or the deprecated X-Edx-Api-Key header, which the ecommerce
    service sends.

    Args:
        course_id (str):
        body (CommerceCourse): A course as the commerce API sees it, with its enrollment modes.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CommerceCourse
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            body=body,
        )
    ).parsed
