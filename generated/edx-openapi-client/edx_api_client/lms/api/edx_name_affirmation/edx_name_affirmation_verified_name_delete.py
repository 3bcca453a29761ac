from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    verified_name_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/edx_name_affirmation/v1/verified_name/{verified_name_id}".format(
            verified_name_id=quote(str(verified_name_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 204:
        return errors.decoded_body(response)
    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    verified_name_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete a verified name

    Deletes the verified name record whose database identifier is in the path. Only global staff may
    call it (403 otherwise); 404 means no record has that identifier.

    Who may call: global staff. Anyone else gets 403.

    Args:
        verified_name_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        verified_name_id=verified_name_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    verified_name_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Delete a verified name

    Deletes the verified name record whose database identifier is in the path. Only global staff may
    call it (403 otherwise); 404 means no record has that identifier.

    Who may call: global staff. Anyone else gets 403.

    Args:
        verified_name_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        verified_name_id=verified_name_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    verified_name_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete a verified name

    Deletes the verified name record whose database identifier is in the path. Only global staff may
    call it (403 otherwise); 404 means no record has that identifier.

    Who may call: global staff. Anyone else gets 403.

    Args:
        verified_name_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        verified_name_id=verified_name_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    verified_name_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Delete a verified name

    Deletes the verified name record whose database identifier is in the path. Only global staff may
    call it (403 otherwise); 404 means no record has that identifier.

    Who may call: global staff. Anyone else gets 403.

    Args:
        verified_name_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            verified_name_id=verified_name_id,
            client=client,
        )
    ).parsed
