from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_cancel_retirement_request import UserCancelRetirementRequest
from ...models.user_cancel_retirement_response import UserCancelRetirementResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UserCancelRetirementRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/accounts/cancel_retirement/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserCancelRetirementResponse:
    if response.status_code == 200:
        response_200 = UserCancelRetirementResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserCancelRetirementResponse]:
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
    body: UserCancelRetirementRequest,
) -> Response[UserCancelRetirementResponse]:
    """Cancel an account retirement

    Cancels a user's pending account retirement, named by its `retirement_id`. A missing or unknown id,
    or a retirement past the PENDING state, answers 400. Only superusers and global staff granted the
    permission to change retirement statuses may call it.

    Who may call: global staff. Anyone else gets 403. A staff user needs the
    user_api.change_userretirementstatus permission as well; superusers are admitted without it.

    Args:
        body (UserCancelRetirementRequest): The retirement to cancel.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserCancelRetirementResponse]: the status, headers, raw body and parsed body.
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
    body: UserCancelRetirementRequest,
) -> UserCancelRetirementResponse:
    """Cancel an account retirement

    Cancels a user's pending account retirement, named by its `retirement_id`. A missing or unknown id,
    or a retirement past the PENDING state, answers 400. Only superusers and global staff granted the
    permission to change retirement statuses may call it.

    Who may call: global staff. Anyone else gets 403. A staff user needs the
    user_api.change_userretirementstatus permission as well; superusers are admitted without it.

    Args:
        body (UserCancelRetirementRequest): The retirement to cancel.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserCancelRetirementResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserCancelRetirementRequest,
) -> Response[UserCancelRetirementResponse]:
    """Cancel an account retirement

    Cancels a user's pending account retirement, named by its `retirement_id`. A missing or unknown id,
    or a retirement past the PENDING state, answers 400. Only superusers and global staff granted the
    permission to change retirement statuses may call it.

    Who may call: global staff. Anyone else gets 403. A staff user needs the
    user_api.change_userretirementstatus permission as well; superusers are admitted without it.

    Args:
        body (UserCancelRetirementRequest): The retirement to cancel.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserCancelRetirementResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserCancelRetirementRequest,
) -> UserCancelRetirementResponse:
    """Cancel an account retirement

    Cancels a user's pending account retirement, named by its `retirement_id`. A missing or unknown id,
    or a retirement past the PENDING state, answers 400. Only superusers and global staff granted the
    permission to change retirement statuses may call it.

    Who may call: global staff. Anyone else gets 403. A staff user needs the
    user_api.change_userretirementstatus permission as well; superusers are admitted without it.

    Args:
        body (UserCancelRetirementRequest): The retirement to cancel.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserCancelRetirementResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
