from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_course import CreditCourse
from ...types import Response


def _get_kwargs(
    *,
    body: CreditCourse,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credit/v1/courses/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditCourse:
    if response.status_code == 201:
        response_201 = CreditCourse.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: CreditCourse,
) -> Response[CreditCourse]:
    """Create a credit course

    Configures a course for academic credit. `course_key` is required; `enabled` says whether credit is
    offered for it. Only global staff users may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403.

    Args:
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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreditCourse,
) -> CreditCourse:
    """Create a credit course

    Configures a course for academic credit. `course_key` is required; `enabled` says whether credit is
    offered for it. Only global staff users may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403.

    Args:
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
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreditCourse,
) -> Response[CreditCourse]:
    """Create a credit course

    Configures a course for academic credit. `course_key` is required; `enabled` says whether credit is
    offered for it. Only global staff users may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403.

    Args:
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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreditCourse,
) -> CreditCourse:
    """Create a credit course

    Configures a course for academic credit. `course_key` is required; `enabled` says whether credit is
    offered for it. Only global staff users may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403.

    Args:
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
            client=client,
            body=body,
        )
    ).parsed
