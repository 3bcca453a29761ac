from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_registration_conflict import UserRegistrationConflict
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
) -> ErrorResponse | UserRegistrationConflict | UserRegistrationResponse | None:
    if response.status_code == 200:
        response_200 = UserRegistrationResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = UserRegistrationConflict.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UserRegistrationConflict | UserRegistrationResponse]:
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
) -> Response[ErrorResponse | UserRegistrationConflict | UserRegistrationResponse]:
    """Register a new user account (v1)

     Creates a user account from the registration form fields, every required one of which must be sent.
    An optional `course_id` marks, in analytics events, that the user registered while enrolling in that
    course. The doc does not list the form fields. The platform reads them as POST form fields, signs
    the new user in and answers 200; an email address or username already taken answers 409, other
    invalid fields 400.

    Args:
        body (UserRegistrationRequest): Registration form fields. Every required form field must
            be sent; the doc does not list them, so other fields are allowed. It names one optional
            field, `course_id`. The platform's form description (GET on this path) lists the site's
            fields; the view itself reads the ones below.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserRegistrationConflict | UserRegistrationResponse]
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
) -> ErrorResponse | UserRegistrationConflict | UserRegistrationResponse | None:
    """Register a new user account (v1)

     Creates a user account from the registration form fields, every required one of which must be sent.
    An optional `course_id` marks, in analytics events, that the user registered while enrolling in that
    course. The doc does not list the form fields. The platform reads them as POST form fields, signs
    the new user in and answers 200; an email address or username already taken answers 409, other
    invalid fields 400.

    Args:
        body (UserRegistrationRequest): Registration form fields. Every required form field must
            be sent; the doc does not list them, so other fields are allowed. It names one optional
            field, `course_id`. The platform's form description (GET on this path) lists the site's
            fields; the view itself reads the ones below.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserRegistrationConflict | UserRegistrationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserRegistrationRequest,
) -> Response[ErrorResponse | UserRegistrationConflict | UserRegistrationResponse]:
    """Register a new user account (v1)

     Creates a user account from the registration form fields, every required one of which must be sent.
    An optional `course_id` marks, in analytics events, that the user registered while enrolling in that
    course. The doc does not list the form fields. The platform reads them as POST form fields, signs
    the new user in and answers 200; an email address or username already taken answers 409, other
    invalid fields 400.

    Args:
        body (UserRegistrationRequest): Registration form fields. Every required form field must
            be sent; the doc does not list them, so other fields are allowed. It names one optional
            field, `course_id`. The platform's form description (GET on this path) lists the site's
            fields; the view itself reads the ones below.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserRegistrationConflict | UserRegistrationResponse]
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
) -> ErrorResponse | UserRegistrationConflict | UserRegistrationResponse | None:
    """Register a new user account (v1)

     Creates a user account from the registration form fields, every required one of which must be sent.
    An optional `course_id` marks, in analytics events, that the user registered while enrolling in that
    course. The doc does not list the form fields. The platform reads them as POST form fields, signs
    the new user in and answers 200; an email address or username already taken answers 409, other
    invalid fields 400.

    Args:
        body (UserRegistrationRequest): Registration form fields. Every required form field must
            be sent; the doc does not list them, so other fields are allowed. It names one optional
            field, `course_id`. The platform's form description (GET on this path) lists the site's
            fields; the view itself reads the ones below.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserRegistrationConflict | UserRegistrationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
