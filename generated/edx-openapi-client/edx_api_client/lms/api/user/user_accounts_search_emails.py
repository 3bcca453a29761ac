from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> list[UserSearchEmailsResult]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserSearchEmailsResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[UserSearchEmailsResult]]:
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
) -> Response[list[UserSearchEmailsResult]]:
    """Search accounts by email address

    Looks user accounts up by a list of email addresses, sent as `application/json` in `emails`, and
    answers the email address, id and username of each account found. A body without `emails` answers
    400. Only global staff may call it; anyone else gets 404.

    Who may call: global staff. Anyone else gets 404.

    Args:
        body (UserSearchEmailsRequest): The email addresses to look accounts up by.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[UserSearchEmailsResult]]: the status, headers, raw body and parsed body.
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
) -> list[UserSearchEmailsResult]:
    """Search accounts by email address

    Looks user accounts up by a list of email addresses, sent as `application/json` in `emails`, and
    answers the email address, id and username of each account found. A body without `emails` answers
    400. Only global staff may call it; anyone else gets 404.

    Who may call: global staff. Anyone else gets 404.

    Args:
        body (UserSearchEmailsRequest): The email addresses to look accounts up by.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[UserSearchEmailsResult]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserSearchEmailsRequest,
) -> Response[list[UserSearchEmailsResult]]:
    """Search accounts by email address

    Looks user accounts up by a list of email addresses, sent as `application/json` in `emails`, and
    answers the email address, id and username of each account found. A body without `emails` answers
    400. Only global staff may call it; anyone else gets 404.

    Who may call: global staff. Anyone else gets 404.

    Args:
        body (UserSearchEmailsRequest): The email addresses to look accounts up by.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[UserSearchEmailsResult]]: the status, headers, raw body and parsed body.
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
) -> list[UserSearchEmailsResult]:
    """Search accounts by email address

    Looks user accounts up by a list of email addresses, sent as `application/json` in `emails`, and
    answers the email address, id and username of each account found. A body without `emails` answers
    400. Only global staff may call it; anyone else gets 404.

    Who may call: global staff. Anyone else gets 404.

    Args:
        body (UserSearchEmailsRequest): The email addresses to look accounts up by.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[UserSearchEmailsResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
