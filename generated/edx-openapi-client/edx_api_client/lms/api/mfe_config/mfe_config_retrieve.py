from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mfe_config import MfeConfig
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mfe: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mfe"] = mfe

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mfe_config/v1",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MfeConfig:
    if response.status_code == 200:
        response_200 = MfeConfig.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MfeConfig]:
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
    mfe: str | Unset = UNSET,
) -> Response[MfeConfig]:
    """Retrieve the MFE configuration

    Returns the configuration shared by all micro-frontends: the site's MFE_CONFIG setting (or its site-
    configuration value) laid over six settings always added for the legacy pages. With `mfe` set to the
    name of one MFE (its APP_ID), that MFE's own overrides are applied on top. Anyone may call it;
    answers are cached, and the route answers 404 where the API is turned off.

    Who may call: anyone, signed in or not. No authentication or permission is declared; the route
    answers 404 where the API is turned off.

    Args:
        mfe (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[MfeConfig]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        mfe=mfe,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mfe: str | Unset = UNSET,
) -> MfeConfig:
    """Retrieve the MFE configuration

    Returns the configuration shared by all micro-frontends: the site's MFE_CONFIG setting (or its site-
    configuration value) laid over six settings always added for the legacy pages. With `mfe` set to the
    name of one MFE (its APP_ID), that MFE's own overrides are applied on top. Anyone may call it;
    answers are cached, and the route answers 404 where the API is turned off.

    Who may call: anyone, signed in or not. No authentication or permission is declared; the route
    answers 404 where the API is turned off.

    Args:
        mfe (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        MfeConfig
    """

    return sync_detailed(
        client=client,
        mfe=mfe,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mfe: str | Unset = UNSET,
) -> Response[MfeConfig]:
    """Retrieve the MFE configuration

    Returns the configuration shared by all micro-frontends: the site's MFE_CONFIG setting (or its site-
    configuration value) laid over six settings always added for the legacy pages. With `mfe` set to the
    name of one MFE (its APP_ID), that MFE's own overrides are applied on top. Anyone may call it;
    answers are cached, and the route answers 404 where the API is turned off.

    Who may call: anyone, signed in or not. No authentication or permission is declared; the route
    answers 404 where the API is turned off.

    Args:
        mfe (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[MfeConfig]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        mfe=mfe,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mfe: str | Unset = UNSET,
) -> MfeConfig:
    """Retrieve the MFE configuration

    Returns the configuration shared by all micro-frontends: the site's MFE_CONFIG setting (or its site-
    configuration value) laid over six settings always added for the legacy pages. With `mfe` set to the
    name of one MFE (its APP_ID), that MFE's own overrides are applied on top. Anyone may call it;
    answers are cached, and the route answers 404 where the API is turned off.

    Who may call: anyone, signed in or not. No authentication or permission is declared; the route
    answers 404 where the API is turned off.

    Args:
        mfe (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        MfeConfig
    """

    return (
        await asyncio_detailed(
            client=client,
            mfe=mfe,
        )
    ).parsed
