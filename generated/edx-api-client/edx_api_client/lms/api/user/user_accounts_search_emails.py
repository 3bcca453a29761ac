from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_search_emails_request import UserSearchEmailsRequest
from ...models.user_search_emails_result import UserSearchEmailsResult
from ...types import Response


def _get_kwargs(
    *,
    body: UserSearchEmailsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/accounts/search_emails",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[UserSearchEmailsResult] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserSearchEmailsResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[UserSearchEmailsResult]]:
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
    body: UserSearchEmailsRequest,
) -> Response[ErrorResponse | list[UserSearchEmailsResult]]:
    """Search accounts by email address

     Looks user accounts up by a list of email addresses, sent as `application/json`. The doc does not
    describe the answer. In the platform's source only global staff may call it (others get 404), a body
    without `emails` answers 400, and the answer lists the email address, id and username of each
    account found.

    Args:
        body (UserSearchEmailsRequest): The email addresses to look accounts up by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[UserSearchEmailsResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UserSearchEmailsRequest,
) -> ErrorResponse | list[UserSearchEmailsResult] | None:
    """Search accounts by email address

     Looks user accounts up by a list of email addresses, sent as `application/json`. The doc does not
    describe the answer. In the platform's source only global staff may call it (others get 404), a body
    without `emails` answers 400, and the answer lists the email address, id and username of each
    account found.

    Args:
        body (UserSearchEmailsRequest): The email addresses to look accounts up by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[UserSearchEmailsResult]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserSearchEmailsRequest,
) -> Response[ErrorResponse | list[UserSearchEmailsResult]]:
    """Search accounts by email address

     Looks user accounts up by a list of email addresses, sent as `application/json`. The doc does not
    describe the answer. In the platform's source only global staff may call it (others get 404), a body
    without `emails` answers 400, and the answer lists the email address, id and username of each
    account found.

    Args:
        body (UserSearchEmailsRequest): The email addresses to look accounts up by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[UserSearchEmailsResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserSearchEmailsRequest,
) -> ErrorResponse | list[UserSearchEmailsResult] | None:
    """Search accounts by email address

     Looks user accounts up by a list of email addresses, sent as `application/json`. The doc does not
    describe the answer. In the platform's source only global staff may call it (others get 404), a body
    without `emails` answers 400, and the answer lists the email address, id and username of each
    account found.

    Args:
        body (UserSearchEmailsRequest): The email addresses to look accounts up by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[UserSearchEmailsResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
