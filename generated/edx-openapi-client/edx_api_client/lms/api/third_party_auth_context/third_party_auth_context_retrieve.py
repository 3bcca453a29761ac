from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mfe_context import MfeContext
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tpa_hint: str | Unset = UNSET,
    is_register_page: str | Unset = UNSET,
    is_welcome_page: str | Unset = UNSET,
    next_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tpa_hint"] = tpa_hint

    params["is_register_page"] = is_register_page

    params["is_welcome_page"] = is_welcome_page

    params["next"] = next_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/third_party_auth_context",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MfeContext:
    if response.status_code == 200:
        response_200 = MfeContext.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MfeContext]:
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
    tpa_hint: str | Unset = UNSET,
    is_register_page: str | Unset = UNSET,
    is_welcome_page: str | Unset = UNSET,
    next_: str | Unset = UNSET,
) -> Response[MfeContext]:
    """Get the third-party auth context

    Returns the context of the login and registration pages: the dynamic registration fields, the
    dynamic optional fields, the context of the third-party auth providers, the user's country code and
    the pipeline that is currently running. It takes the same parameters and answers the same body as
    GET /mfe_context. No sign-in is needed; calls are rate-limited per client.

    Who may call: anyone, signed in or not.

    Args:
        tpa_hint (str | Unset):
        is_register_page (str | Unset):
        is_welcome_page (str | Unset):
        next_ (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[MfeContext]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        tpa_hint=tpa_hint,
        is_register_page=is_register_page,
        is_welcome_page=is_welcome_page,
        next_=next_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tpa_hint: str | Unset = UNSET,
    is_register_page: str | Unset = UNSET,
    is_welcome_page: str | Unset = UNSET,
    next_: str | Unset = UNSET,
) -> MfeContext:
    """Get the third-party auth context

    Returns the context of the login and registration pages: the dynamic registration fields, the
    dynamic optional fields, the context of the third-party auth providers, the user's country code and
    the pipeline that is currently running. It takes the same parameters and answers the same body as
    GET /mfe_context. No sign-in is needed; calls are rate-limited per client.

    Who may call: anyone, signed in or not.

    Args:
        tpa_hint (str | Unset):
        is_register_page (str | Unset):
        is_welcome_page (str | Unset):
        next_ (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        MfeContext
    """

    return sync_detailed(
        client=client,
        tpa_hint=tpa_hint,
        is_register_page=is_register_page,
        is_welcome_page=is_welcome_page,
        next_=next_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tpa_hint: str | Unset = UNSET,
    is_register_page: str | Unset = UNSET,
    is_welcome_page: str | Unset = UNSET,
    next_: str | Unset = UNSET,
) -> Response[MfeContext]:
    """Get the third-party auth context

    Returns the context of the login and registration pages: the dynamic registration fields, the
    dynamic optional fields, the context of the third-party auth providers, the user's country code and
    the pipeline that is currently running. It takes the same parameters and answers the same body as
    GET /mfe_context. No sign-in is needed; calls are rate-limited per client.

    Who may call: anyone, signed in or not.

    Args:
        tpa_hint (str | Unset):
        is_register_page (str | Unset):
        is_welcome_page (str | Unset):
        next_ (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[MfeContext]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        tpa_hint=tpa_hint,
        is_register_page=is_register_page,
        is_welcome_page=is_welcome_page,
        next_=next_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tpa_hint: str | Unset = UNSET,
    is_register_page: str | Unset = UNSET,
    is_welcome_page: str | Unset = UNSET,
    next_: str | Unset = UNSET,
) -> MfeContext:
    """Get the third-party auth context

    Returns the context of the login and registration pages: the dynamic registration fields, the
    dynamic optional fields, the context of the third-party auth providers, the user's country code and
    the pipeline that is currently running. It takes the same parameters and answers the same body as
    GET /mfe_context. No sign-in is needed; calls are rate-limited per client.

    Who may call: anyone, signed in or not.

    Args:
        tpa_hint (str | Unset):
        is_register_page (str | Unset):
        is_welcome_page (str | Unset):
        next_ (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        MfeContext
    """

    return (
        await asyncio_detailed(
            client=client,
            tpa_hint=tpa_hint,
            is_register_page=is_register_page,
            is_welcome_page=is_welcome_page,
            next_=next_,
        )
    ).parsed
