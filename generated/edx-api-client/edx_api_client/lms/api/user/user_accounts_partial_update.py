from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_account_merge_patch import UserAccountMergePatch
from ...types import Response


def _get_kwargs(
    username: str,
    *,
    body: UserAccountMergePatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/user/v1/accounts/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserAccountMergePatch,
) -> Response[Any | ErrorResponse]:
    """Update a user account

     Changes fields of the account of the user named in the path. The update is a JSON merge patch (the
    doc's sentence naming the proposal it follows is cut short), so the body is sent as
    `application/merge-patch+json`; the update_retirement_status section contrasts its own
    `application/json` body with this one. The doc does not list the account fields.

    Args:
        username (str):
        body (UserAccountMergePatch): A JSON merge patch of account fields: members set the fields
            they name, null clears one. The doc does not list the account fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserAccountMergePatch,
) -> Any | ErrorResponse | None:
    """Update a user account

     Changes fields of the account of the user named in the path. The update is a JSON merge patch (the
    doc's sentence naming the proposal it follows is cut short), so the body is sent as
    `application/merge-patch+json`; the update_retirement_status section contrasts its own
    `application/json` body with this one. The doc does not list the account fields.

    Args:
        username (str):
        body (UserAccountMergePatch): A JSON merge patch of account fields: members set the fields
            they name, null clears one. The doc does not list the account fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserAccountMergePatch,
) -> Response[Any | ErrorResponse]:
    """Update a user account

     Changes fields of the account of the user named in the path. The update is a JSON merge patch (the
    doc's sentence naming the proposal it follows is cut short), so the body is sent as
    `application/merge-patch+json`; the update_retirement_status section contrasts its own
    `application/json` body with this one. The doc does not list the account fields.

    Args:
        username (str):
        body (UserAccountMergePatch): A JSON merge patch of account fields: members set the fields
            they name, null clears one. The doc does not list the account fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserAccountMergePatch,
) -> Any | ErrorResponse | None:
    """Update a user account

     Changes fields of the account of the user named in the path. The update is a JSON merge patch (the
    doc's sentence naming the proposal it follows is cut short), so the body is sent as
    `application/merge-patch+json`; the update_retirement_status section contrasts its own
    `application/json` body with this one. The doc does not list the account fields.

    Args:
        username (str):
        body (UserAccountMergePatch): A JSON merge patch of account fields: members set the fields
            they name, null clears one. The doc does not list the account fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
        )
    ).parsed
