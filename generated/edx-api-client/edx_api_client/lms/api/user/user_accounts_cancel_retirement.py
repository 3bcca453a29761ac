from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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
) -> ErrorResponse | UserCancelRetirementResponse | None:
    if response.status_code == 200:
        response_200 = UserCancelRetirementResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UserCancelRetirementResponse]:
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
) -> Response[ErrorResponse | UserCancelRetirementResponse]:
    """Cancel an account retirement

     Cancels the pending retirement of a user's account; the endpoint also takes care of error handling
    and permissions. The doc does not say how the user is named in the request. The platform reads the
    identifier of the retirement (`retirement_id`); a missing or unknown one, or a retirement past the
    PENDING state, answers 400.

    Args:
        body (UserCancelRetirementRequest): The retirement to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserCancelRetirementResponse]
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
) -> ErrorResponse | UserCancelRetirementResponse | None:
    """Cancel an account retirement

     Cancels the pending retirement of a user's account; the endpoint also takes care of error handling
    and permissions. The doc does not say how the user is named in the request. The platform reads the
    identifier of the retirement (`retirement_id`); a missing or unknown one, or a retirement past the
    PENDING state, answers 400.

    Args:
        body (UserCancelRetirementRequest): The retirement to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserCancelRetirementResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserCancelRetirementRequest,
) -> Response[ErrorResponse | UserCancelRetirementResponse]:
    """Cancel an account retirement

     Cancels the pending retirement of a user's account; the endpoint also takes care of error handling
    and permissions. The doc does not say how the user is named in the request. The platform reads the
    identifier of the retirement (`retirement_id`); a missing or unknown one, or a retirement past the
    PENDING state, answers 400.

    Args:
        body (UserCancelRetirementRequest): The retirement to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserCancelRetirementResponse]
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
) -> ErrorResponse | UserCancelRetirementResponse | None:
    """Cancel an account retirement

     Cancels the pending retirement of a user's account; the endpoint also takes care of error handling
    and permissions. The doc does not say how the user is named in the request. The platform reads the
    identifier of the retirement (`retirement_id`); a missing or unknown one, or a retirement past the
    PENDING state, answers 400.

    Args:
        body (UserCancelRetirementRequest): The retirement to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserCancelRetirementResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
