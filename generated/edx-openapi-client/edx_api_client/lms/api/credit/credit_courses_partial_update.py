from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_course import CreditCourse
from ...types import Response


def _get_kwargs(
    course_key: str,
    *,
    body: CreditCourse,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/credit/v1/courses/{course_key}/".format(
            course_key=quote(str(course_key), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditCourse:
    if response.status_code == 200:
        response_200 = CreditCourse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditCourse]:
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
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreditCourse,
) -> Response[CreditCourse]:
    """Update a credit course

    Changes the credit configuration of the course named in the path; `course_key` is required in the
    body here too. Only global staff users may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_key (str):
        body (CreditCourse): A course's academic-credit configuration.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CreditCourse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key=course_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreditCourse,
) -> CreditCourse:
    """Update a credit course

    Changes the credit configuration of the course named in the path; `course_key` is required in the
    body here too. Only global staff users may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_key (str):
        body (CreditCourse): A course's academic-credit configuration.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CreditCourse
    """

    return sync_detailed(
        course_key=course_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreditCourse,
) -> Response[CreditCourse]:
    """Update a credit course

    Changes the credit configuration of the course named in the path; `course_key` is required in the
    body here too. Only global staff users may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_key (str):
        body (CreditCourse): A course's academic-credit configuration.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CreditCourse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key=course_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreditCourse,
) -> CreditCourse:
    """Update a credit course

    Changes the credit configuration of the course named in the path; `course_key` is required in the
    body here too. Only global staff users may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_key (str):
        body (CreditCourse): A course's academic-credit configuration.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CreditCourse
    """

    return (
        await asyncio_detailed(
            course_key=course_key,
            client=client,
            body=body,
        )
    ).parsed
