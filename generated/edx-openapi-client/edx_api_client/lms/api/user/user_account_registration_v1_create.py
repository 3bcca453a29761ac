from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_registration_request import UserRegistrationRequest
from ...models.user_registration_response import UserRegistrationResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UserRegistrationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/account/registration/",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserRegistrationResponse:
    if response.status_code == 200:
        response_200 = UserRegistrationResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserRegistrationResponse]:
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
    body: UserRegistrationRequest,
) -> Response[UserRegistrationResponse]:
    """Register a new user account (v1)

    Creates a user account from the registration form fields, sent as form fields; every required field
    must be present. An optional `course_id` marks, in analytics events, that the user registered while
    enrolling in that course. On success the new user is signed in and the answer is 200. An email
    address or username already taken answers 409, other invalid fields 400; too many attempts from one
    address, or a site that requires third-party sign-in for registration, answer 403. No sign-in is
    needed.

    Who may call: anyone, signed in or not.

    Args:
        body (UserRegistrationRequest): Registration form fields. Every field the site's
            registration form requires must be sent, and fields not listed here are allowed; the form
            description (GET on this path) lists the site's fields. `course_id` is optional. The
            members below are the ones the registration view itself reads.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserRegistrationResponse]: the status, headers, raw body and parsed body.
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
    body: UserRegistrationRequest,
) -> UserRegistrationResponse:
    """Register a new user account (v1)

    Creates a user account from the registration form fields, sent as form fields; every required field
    must be present. An optional `course_id` marks, in analytics events, that the user registered while
    enrolling in that course. On success the new user is signed in and the answer is 200. An email
    address or username already taken answers 409, other invalid fields 400; too many attempts from one
    address, or a site that requires third-party sign-in for registration, answer 403. No sign-in is
    needed.

    Who may call: anyone, signed in or not.

    Args:
        body (UserRegistrationRequest): Registration form fields. Every field the site's
            registration form requires must be sent, and fields not listed here are allowed; the form
            description (GET on this path) lists the site's fields. `course_id` is optional. The
            members below are the ones the registration view itself reads.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserRegistrationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserRegistrationRequest,
) -> Response[UserRegistrationResponse]:
    """Register a new user account (v1)

    Creates a user account from the registration form fields, sent as form fields; every required field
    must be present. An optional `course_id` marks, in analytics events, that the user registered while
    enrolling in that course. On success the new user is signed in and the answer is 200. An email
    address or username already taken answers 409, other invalid fields 400; too many attempts from one
    address, or a site that requires third-party sign-in for registration, answer 403. No sign-in is
    needed.

    Who may call: anyone, signed in or not.

    Args:
        body (UserRegistrationRequest): Registration form fields. Every field the site's
            registration form requires must be sent, and fields not listed here are allowed; the form
            description (GET on this path) lists the site's fields. `course_id` is optional. The
            members below are the ones the registration view itself reads.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserRegistrationResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserRegistrationRequest,
) -> UserRegistrationResponse:
    """Register a new user account (v1)

    Creates a user account from the registration form fields, sent as form fields; every required field
    must be present. An optional `course_id` marks, in analytics events, that the user registered while
    enrolling in that course. On success the new user is signed in and the answer is 200. An email
    address or username already taken answers 409, other invalid fields 400; too many attempts from one
    address, or a site that requires third-party sign-in for registration, answer 403. No sign-in is
    needed.

    Who may call: anyone, signed in or not.

    Args:
        body (UserRegistrationRequest): Registration form fields. Every field the site's
            registration form requires must be sent, and fields not listed here are allowed; the form
            description (GET on this path) lists the site's fields. `course_id` is optional. The
            members below are the ones the registration view itself reads.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserRegistrationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
