from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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
) -> ErrorResponse | MfeContext | None:
    if response.status_code == 200:
        response_200 = MfeContext.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MfeContext]:
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
) -> Response[ErrorResponse | MfeContext]:
    """Get the third-party auth context

     Returns the context of the login and registration pages: the dynamic registration fields, the
    dynamic optional fields, the context of the third-party auth providers, the user's country code and
    the pipeline that is currently running. The doc lists these contents without naming their fields or
    giving their types. In the platform's source this route is served by the same view as GET
    /mfe_context, so it takes the same parameters and answers the same body (MfeContext).

    Args:
        tpa_hint (str | Unset):
        is_register_page (str | Unset):
        is_welcome_page (str | Unset):
        next_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MfeContext]
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
) -> ErrorResponse | MfeContext | None:
    """Get the third-party auth context

     Returns the context of the login and registration pages: the dynamic registration fields, the
    dynamic optional fields, the context of the third-party auth providers, the user's country code and
    the pipeline that is currently running. The doc lists these contents without naming their fields or
    giving their types. In the platform's source this route is served by the same view as GET
    /mfe_context, so it takes the same parameters and answers the same body (MfeContext).

    Args:
        tpa_hint (str | Unset):
        is_register_page (str | Unset):
        is_welcome_page (str | Unset):
        next_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MfeContext
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
) -> Response[ErrorResponse | MfeContext]:
    """Get the third-party auth context

     Returns the context of the login and registration pages: the dynamic registration fields, the
    dynamic optional fields, the context of the third-party auth providers, the user's country code and
    the pipeline that is currently running. The doc lists these contents without naming their fields or
    giving their types. In the platform's source this route is served by the same view as GET
    /mfe_context, so it takes the same parameters and answers the same body (MfeContext).

    Args:
        tpa_hint (str | Unset):
        is_register_page (str | Unset):
        is_welcome_page (str | Unset):
        next_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MfeContext]
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
) -> ErrorResponse | MfeContext | None:
    """Get the third-party auth context

     Returns the context of the login and registration pages: the dynamic registration fields, the
    dynamic optional fields, the context of the third-party auth providers, the user's country code and
    the pipeline that is currently running. The doc lists these contents without naming their fields or
    giving their types. In the platform's source this route is served by the same view as GET
    /mfe_context, so it takes the same parameters and answers the same body (MfeContext).

    Args:
        tpa_hint (str | Unset):
        is_register_page (str | Unset):
        is_welcome_page (str | Unset):
        next_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MfeContext
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
