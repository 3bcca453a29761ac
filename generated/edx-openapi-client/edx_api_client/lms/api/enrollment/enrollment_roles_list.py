from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrollment_roles import EnrollmentRoles
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    course_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enrollment/v1/roles/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrollmentRoles:
    if response.status_code == 200:
        response_200 = EnrollmentRoles.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EnrollmentRoles]:
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
    course_id: str | Unset = UNSET,
) -> Response[EnrollmentRoles]:
    """List the requesting user's course roles

    Returns every course role the requesting user holds, optionally limited to one course, and whether
    the user is global staff. Any signed-in user may call it, for their own roles.

    Who may call: any signed-in user. Anyone else gets 403. The roles listed are always the caller's
    own.

    Args:
        course_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EnrollmentRoles]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    course_id: str | Unset = UNSET,
) -> EnrollmentRoles:
    """List the requesting user's course roles

    Returns every course role the requesting user holds, optionally limited to one course, and whether
    the user is global staff. Any signed-in user may call it, for their own roles.

    Who may call: any signed-in user. Anyone else gets 403. The roles listed are always the caller's
    own.

    Args:
        course_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EnrollmentRoles
    """

    return sync_detailed(
        client=client,
        course_id=course_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    course_id: str | Unset = UNSET,
) -> Response[EnrollmentRoles]:
    """List the requesting user's course roles

    Returns every course role the requesting user holds, optionally limited to one course, and whether
    the user is global staff. Any signed-in user may call it, for their own roles.

    Who may call: any signed-in user. Anyone else gets 403. The roles listed are always the caller's
    own.

    Args:
        course_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EnrollmentRoles]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    course_id: str | Unset = UNSET,
) -> EnrollmentRoles:
    """List the requesting user's course roles

    Returns every course role the requesting user holds, optionally limited to one course, and whether
    the user is global staff. Any signed-in user may call it, for their own roles.

    Who may call: any signed-in user. Anyone else gets 403. The roles listed are always the caller's
    own.

    Args:
        course_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EnrollmentRoles
    """

    return (
        await asyncio_detailed(
            client=client,
            course_id=course_id,
        )
    ).parsed
