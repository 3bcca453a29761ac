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
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/commerce/v1/courses/{course_id}/".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommerceCourse:
    if response.status_code == 200:
        response_200 = CommerceCourse.from_dict(response.json())

        return response_200

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
) -> Response[CommerceCourse]:
    """Get a course and its modes

    Returns one course, named by `course_id`, with its enrollment modes, prices and SKUs. Answers 404
    when no enrollment mode exists for the course. Any signed-in user may call it; an unauthenticated
    request answers 401.

    Who may call: any signed-in user. Anyone else gets 403. Reading needs no model permission: Django
    model permissions require only a signed-in user for GET; a request with the deployment's X-Edx-Api-
    Key header is admitted too.

    Args:
        course_id (str):

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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CommerceCourse:
    """Get a course and its modes

    Returns one course, named by `course_id`, with its enrollment modes, prices and SKUs. Answers 404
    when no enrollment mode exists for the course. Any signed-in user may call it; an unauthenticated
    request answers 401.

    Who may call: any signed-in user. Anyone else gets 403. Reading needs no model permission: Django
    model permissions require only a signed-in user for GET; a request with the deployment's X-Edx-Api-
    Key header is admitted too.

    Args:
        course_id (str):

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
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CommerceCourse]:
    """Get a course and its modes

    Returns one course, named by `course_id`, with its enrollment modes, prices and SKUs. Answers 404
    when no enrollment mode exists for the course. Any signed-in user may call it; an unauthenticated
    request answers 401.

    Who may call: any signed-in user. Anyone else gets 403. Reading needs no model permission: Django
    model permissions require only a signed-in user for GET; a request with the deployment's X-Edx-Api-
    Key header is admitted too.

    Args:
        course_id (str):

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CommerceCourse:
    """Get a course and its modes

    Returns one course, named by `course_id`, with its enrollment modes, prices and SKUs. Answers 404
    when no enrollment mode exists for the course. Any signed-in user may call it; an unauthenticated
    request answers 401.

    Who may call: any signed-in user. Anyone else gets 403. Reading needs no model permission: Django
    model permissions require only a signed-in user for GET; a request with the deployment's X-Edx-Api-
    Key header is admitted too.

    Args:
        course_id (str):

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
        )
    ).parsed
