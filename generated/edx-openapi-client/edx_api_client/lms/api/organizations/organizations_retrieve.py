from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization import Organization
from ...types import Response


def _get_kwargs(
    short_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/v0/organizations/{short_name}/".format(
            short_name=quote(str(short_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Organization:
    if response.status_code == 200:
        response_200 = Organization.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Organization]:
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
    short_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Organization]:
    """Get one organization

    Returns the organization with the short name given in the path. Answers 404 for an unknown short
    name and for an inactive organization alike. Any signed-in user may call it; an unauthenticated
    request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        short_name (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Organization]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        short_name=short_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    short_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Organization:
    """Get one organization

    Returns the organization with the short name given in the path. Answers 404 for an unknown short
    name and for an inactive organization alike. Any signed-in user may call it; an unauthenticated
    request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        short_name (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Organization
    """

    return sync_detailed(
        short_name=short_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    short_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Organization]:
    """Get one organization

    Returns the organization with the short name given in the path. Answers 404 for an unknown short
    name and for an inactive organization alike. Any signed-in user may call it; an unauthenticated
    request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        short_name (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Organization]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        short_name=short_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    short_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Organization:
    """Get one organization

    Returns the organization with the short name given in the path. Answers 404 for an unknown short
    name and for an inactive organization alike. Any signed-in user may call it; an unauthenticated
    request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        short_name (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Organization
    """

    return (
        await asyncio_detailed(
            short_name=short_name,
            client=client,
        )
    ).parsed
