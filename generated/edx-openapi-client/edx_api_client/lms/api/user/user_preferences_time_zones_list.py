from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_time_zone import UserTimeZone
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country_code"] = country_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/v1/preferences/time_zones/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[UserTimeZone]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserTimeZone.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[UserTimeZone]]:
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
    country_code: str | Unset = UNSET,
) -> Response[list[UserTimeZone]]:
    """List time zones

    Returns every time zone, or only the time zones commonly used in one country when a country is
    given, as a plain list (not paginated). No sign-in is needed.

    Who may call: anyone, signed in or not.

    Args:
        country_code (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[UserTimeZone]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        country_code=country_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country_code: str | Unset = UNSET,
) -> list[UserTimeZone]:
    """List time zones

    Returns every time zone, or only the time zones commonly used in one country when a country is
    given, as a plain list (not paginated). No sign-in is needed.

    Who may call: anyone, signed in or not.

    Args:
        country_code (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[UserTimeZone]
    """

    return sync_detailed(
        client=client,
        country_code=country_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country_code: str | Unset = UNSET,
) -> Response[list[UserTimeZone]]:
    """List time zones

    Returns every time zone, or only the time zones commonly used in one country when a country is
    given, as a plain list (not paginated). No sign-in is needed.

    Who may call: anyone, signed in or not.

    Args:
        country_code (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[UserTimeZone]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        country_code=country_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country_code: str | Unset = UNSET,
) -> list[UserTimeZone]:
    """List time zones

    Returns every time zone, or only the time zones commonly used in one country when a country is
    given, as a plain list (not paginated). No sign-in is needed.

    Who may call: anyone, signed in or not.

    Args:
        country_code (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[UserTimeZone]
    """

    return (
        await asyncio_detailed(
            client=client,
            country_code=country_code,
        )
    ).parsed
