from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.toggles_state_report import TogglesStateReport
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/toggles/v0/state/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TogglesStateReport:
    if response.status_code == 200:
        response_200 = TogglesStateReport.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TogglesStateReport]:
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
) -> Response[TogglesStateReport]:
    """Retrieve the toggle state report

    Returns the report of the state of the site's feature toggles: three lists, each sorted by toggle
    name, of the waffle flags, the waffle switches and the boolean Django settings. Only global staff
    may read it (403 for anyone else).

    Who may call: global staff. Anyone else gets 403.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[TogglesStateReport]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> TogglesStateReport:
    """Retrieve the toggle state report

    Returns the report of the state of the site's feature toggles: three lists, each sorted by toggle
    name, of the waffle flags, the waffle switches and the boolean Django settings. Only global staff
    may read it (403 for anyone else).

    Who may call: global staff. Anyone else gets 403.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        TogglesStateReport
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[TogglesStateReport]:
    """Retrieve the toggle state report

    Returns the report of the state of the site's feature toggles: three lists, each sorted by toggle
    name, of the waffle flags, the waffle switches and the boolean Django settings. Only global staff
    may read it (403 for anyone else).

    Who may call: global staff. Anyone else gets 403.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[TogglesStateReport]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> TogglesStateReport:
    """Retrieve the toggle state report

    Returns the report of the state of the site's feature toggles: three lists, each sorted by toggle
    name, of the waffle flags, the waffle switches and the boolean Django settings. Only global staff
    may read it (403 for anyone else).

    Who may call: global staff. Anyone else gets 403.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        TogglesStateReport
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
