from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/send_account_activation_email",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | ErrorResponse]:
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
) -> Response[Any | ErrorResponse]:
    """Send the account activation email

     Sends the account activation email. The doc only says that the endpoint answers with a status code;
    it names no parameter, no body field and no response body. In the platform's source the view reads
    no request body: it sends the activation email to the signed-in user when their account is not
    active yet, and answers 200 with no body either way (500 if sending fails). It authenticates by the
    browser session only (inactive accounts included), not by a bearer token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | None:
    """Send the account activation email

     Sends the account activation email. The doc only says that the endpoint answers with a status code;
    it names no parameter, no body field and no response body. In the platform's source the view reads
    no request body: it sends the activation email to the signed-in user when their account is not
    active yet, and answers 200 with no body either way (500 if sending fails). It authenticates by the
    browser session only (inactive accounts included), not by a bearer token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse]:
    """Send the account activation email

     Sends the account activation email. The doc only says that the endpoint answers with a status code;
    it names no parameter, no body field and no response body. In the platform's source the view reads
    no request body: it sends the activation email to the signed-in user when their account is not
    active yet, and answers 200 with no body either way (500 if sending fails). It authenticates by the
    browser session only (inactive accounts included), not by a bearer token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | None:
    """Send the account activation email

     Sends the account activation email. The doc only says that the endpoint answers with a status code;
    it names no parameter, no body field and no response body. In the platform's source the view reads
    no request body: it sends the activation email to the signed-in user when their account is not
    active yet, and answers 200 with no body either way (500 if sending fails). It authenticates by the
    browser session only (inactive accounts included), not by a bearer token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
