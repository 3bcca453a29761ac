from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commerce_course import CommerceCourse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/commerce/v1/courses/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[CommerceCourse]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CommerceCourse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[CommerceCourse]]:
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
) -> Response[list[CommerceCourse]]:
    """List courses and their modes

    Returns every course known to the commerce API, each with its enrollment modes, their prices and
    stock keeping units (SKUs). The answer is a plain JSON array, not a paginated envelope. Any signed-
    in user may call it; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[CommerceCourse]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[CommerceCourse]:
    """List courses and their modes

    Returns every course known to the commerce API, each with its enrollment modes, their prices and
    stock keeping units (SKUs). The answer is a plain JSON array, not a paginated envelope. Any signed-
    in user may call it; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[CommerceCourse]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[CommerceCourse]]:
    """List courses and their modes

    Returns every course known to the commerce API, each with its enrollment modes, their prices and
    stock keeping units (SKUs). The answer is a plain JSON array, not a paginated envelope. Any signed-
    in user may call it; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[CommerceCourse]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[CommerceCourse]:
    """List courses and their modes

    Returns every course known to the commerce API, each with its enrollment modes, their prices and
    stock keeping units (SKUs). The answer is a plain JSON array, not a paginated envelope. Any signed-
    in user may call it; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[CommerceCourse]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
