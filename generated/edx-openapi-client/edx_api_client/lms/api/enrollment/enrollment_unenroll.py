from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrollment_unenroll_request import EnrollmentUnenrollRequest
from ...types import Response


def _get_kwargs(
    *,
    body: EnrollmentUnenrollRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enrollment/v1/unenroll/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

        return response_200

    if response.status_code == 204:
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
    body: EnrollmentUnenrollRequest,
) -> Response[Any]:
    """Unenroll a user from all courses

    Deactivates every enrollment of the user named by `username`, as a step of account retirement; the
    user must have a retirement request. It answers 200 with the organizations of the courses the user
    was enrolled in, or 204 when the user had no active enrollment. Only callers allowed to retire users
    (the retirement service's worker, superusers, or users granted that permission) may call it; others
    are refused with 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. The check is the
    accounts.can_retire_user permission, held by the retirement service worker and by superusers (or
    users granted it).

    Args:
        body (EnrollmentUnenrollRequest): The user whose enrollments are deactivated.

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
    body: EnrollmentUnenrollRequest,
) -> Any:
    """Unenroll a user from all courses

    Deactivates every enrollment of the user named by `username`, as a step of account retirement; the
    user must have a retirement request. It answers 200 with the organizations of the courses the user
    was enrolled in, or 204 when the user had no active enrollment. Only callers allowed to retire users
    (the retirement service's worker, superusers, or users granted that permission) may call it; others
    are refused with 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. The check is the
    accounts.can_retire_user permission, held by the retirement service worker and by superusers (or
    users granted it).

    Args:
        body (EnrollmentUnenrollRequest): The user whose enrollments are deactivated.

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
    body: EnrollmentUnenrollRequest,
) -> Response[Any]:
    """Unenroll a user from all courses

    Deactivates every enrollment of the user named by `username`, as a step of account retirement; the
    user must have a retirement request. It answers 200 with the organizations of the courses the user
    was enrolled in, or 204 when the user had no active enrollment. Only callers allowed to retire users
    (the retirement service's worker, superusers, or users granted that permission) may call it; others
    are refused with 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. The check is the
    accounts.can_retire_user permission, held by the retirement service worker and by superusers (or
    users granted it).

    Args:
        body (EnrollmentUnenrollRequest): The user whose enrollments are deactivated.

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
    body: EnrollmentUnenrollRequest,
) -> Any:
    """Unenroll a user from all courses

    Deactivates every enrollment of the user named by `username`, as a step of account retirement; the
    user must have a retirement request. It answers 200 with the organizations of the courses the user
    was enrolled in, or 204 when the user had no active enrollment. Only callers allowed to retire users
    (the retirement service's worker, superusers, or users granted that permission) may call it; others
    are refused with 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. The check is the
    accounts.can_retire_user permission, held by the retirement service worker and by superusers (or
    users granted it).

    Args:
        body (EnrollmentUnenrollRequest): The user whose enrollments are deactivated.

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
