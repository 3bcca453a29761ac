from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrollment_user_enrollment import EnrollmentUserEnrollment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enrollment/v1/enrollment",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[EnrollmentUserEnrollment]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EnrollmentUserEnrollment.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[EnrollmentUserEnrollment]]:
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
    user: str | Unset = UNSET,
) -> Response[list[EnrollmentUserEnrollment]]:
    """List a user's course enrollments

    Returns the course enrollments of the requesting user, or of another user named by `user`: a plain
    array, oldest enrollment first, of the user's active enrollments in courses that still exist. Any
    signed-in user may call it. For another user, only the courses in which the caller has the course
    Staff or Admin role (the staff or instructor permission) are listed, and roles granted at the
    organization level do not count; global staff and server-to-server callers see every enrollment.

    Who may call: any signed-in user. Anyone else gets 403. The answer is filtered, never refused: for
    another user it lists only the courses where the caller is course staff; global staff and callers
    with the deployment's API key header see all.

    Args:
        user (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[EnrollmentUserEnrollment]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        user=user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
) -> list[EnrollmentUserEnrollment]:
    """List a user's course enrollments

    Returns the course enrollments of the requesting user, or of another user named by `user`: a plain
    array, oldest enrollment first, of the user's active enrollments in courses that still exist. Any
    signed-in user may call it. For another user, only the courses in which the caller has the course
    Staff or Admin role (the staff or instructor permission) are listed, and roles granted at the
    organization level do not count; global staff and server-to-server callers see every enrollment.

    Who may call: any signed-in user. Anyone else gets 403. The answer is filtered, never refused: for
    another user it lists only the courses where the caller is course staff; global staff and callers
    with the deployment's API key header see all.

    Args:
        user (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[EnrollmentUserEnrollment]
    """

    return sync_detailed(
        client=client,
        user=user,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
) -> Response[list[EnrollmentUserEnrollment]]:
    """List a user's course enrollments

    Returns the course enrollments of the requesting user, or of another user named by `user`: a plain
    array, oldest enrollment first, of the user's active enrollments in courses that still exist. Any
    signed-in user may call it. For another user, only the courses in which the caller has the course
    Staff or Admin role (the staff or instructor permission) are listed, and roles granted at the
    organization level do not count; global staff and server-to-server callers see every enrollment.

    Who may call: any signed-in user. Anyone else gets 403. The answer is filtered, never refused: for
    another user it lists only the courses where the caller is course staff; global staff and callers
    with the deployment's API key header see all.

    Args:
        user (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[EnrollmentUserEnrollment]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        user=user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
) -> list[EnrollmentUserEnrollment]:
    """List a user's course enrollments

    Returns the course enrollments of the requesting user, or of another user named by `user`: a plain
    array, oldest enrollment first, of the user's active enrollments in courses that still exist. Any
    signed-in user may call it. For another user, only the courses in which the caller has the course
    Staff or Admin role (the staff or instructor permission) are listed, and roles granted at the
    organization level do not count; global staff and server-to-server callers see every enrollment.

    Who may call: any signed-in user. Anyone else gets 403. The answer is filtered, never refused: for
    another user it lists only the courses where the caller is course staff; global staff and callers
    with the deployment's API key header see all.

    Args:
        user (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[EnrollmentUserEnrollment]
    """

    return (
        await asyncio_detailed(
            client=client,
            user=user,
        )
    ).parsed
