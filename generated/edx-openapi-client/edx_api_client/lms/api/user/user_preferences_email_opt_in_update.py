from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_email_opt_in_request import UserEmailOptInRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UserEmailOptInRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/preferences/email_opt_in/",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 200:
        return errors.decoded_body(response)
    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    body: UserEmailOptInRequest,
) -> Response[Any]:
    """Set the email opt-in preference

    Creates or changes the caller's email opt-in preference for an organization, from two form fields: a
    course id, whose organization the preference is for, and `email_opt_in`, which opts in only when it
    is the word true in any case. A missing field or a course id that does not parse answers 400. The
    caller must be signed in with a browser session (an inactive account is accepted).

    Who may call: any signed-in user. Anyone else gets 403. Session authentication only; a bearer token
    or JWT is not accepted.

    Args:
        body (UserEmailOptInRequest): The organization, named by one of its courses, and the opt-
            in choice.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
    body: UserEmailOptInRequest,
) -> Any:
    """Set the email opt-in preference

    Creates or changes the caller's email opt-in preference for an organization, from two form fields: a
    course id, whose organization the preference is for, and `email_opt_in`, which opts in only when it
    is the word true in any case. A missing field or a course id that does not parse answers 400. The
    caller must be signed in with a browser session (an inactive account is accepted).

    Who may call: any signed-in user. Anyone else gets 403. Session authentication only; a bearer token
    or JWT is not accepted.

    Args:
        body (UserEmailOptInRequest): The organization, named by one of its courses, and the opt-
            in choice.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserEmailOptInRequest,
) -> Response[Any]:
    """Set the email opt-in preference

    Creates or changes the caller's email opt-in preference for an organization, from two form fields: a
    course id, whose organization the preference is for, and `email_opt_in`, which opts in only when it
    is the word true in any case. A missing field or a course id that does not parse answers 400. The
    caller must be signed in with a browser session (an inactive account is accepted).

    Who may call: any signed-in user. Anyone else gets 403. Session authentication only; a bearer token
    or JWT is not accepted.

    Args:
        body (UserEmailOptInRequest): The organization, named by one of its courses, and the opt-
            in choice.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserEmailOptInRequest,
) -> Any:
    """Set the email opt-in preference

    Creates or changes the caller's email opt-in preference for an organization, from two form fields: a
    course id, whose organization the preference is for, and `email_opt_in`, which opts in only when it
    is the word true in any case. A missing field or a course id that does not parse answers 400. The
    caller must be signed in with a browser session (an inactive account is accepted).

    Who may call: any signed-in user. Anyone else gets 403. Session authentication only; a bearer token
    or JWT is not accepted.

    Args:
        body (UserEmailOptInRequest): The organization, named by one of its courses, and the opt-
            in choice.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
