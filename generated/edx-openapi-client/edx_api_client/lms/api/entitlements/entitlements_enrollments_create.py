from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entitlement_enrollment_request import EntitlementEnrollmentRequest
from ...models.entitlement_enrollment_result import EntitlementEnrollmentResult
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: EntitlementEnrollmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/entitlements/v1/entitlements/{uuid}/enrollments".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntitlementEnrollmentResult:
    if response.status_code == 201:
        response_201 = EntitlementEnrollmentResult.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EntitlementEnrollmentResult]:
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
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EntitlementEnrollmentRequest,
) -> Response[EntitlementEnrollmentResult]:
    """Enroll in a course run with an entitlement

    Enrolls the entitlement's user in the course run `course_run_id` given in the body; that run must
    belong to the course the entitlement `uuid` is for. A user already enrolled in another run through
    this entitlement is unenrolled from it and enrolled in the new run, when that run is available. Only
    the entitlement's owner may call it: another user's entitlement, like an unknown or expired one,
    answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the entitlement's own
    user passes: the view looks the entitlement up among the caller's unexpired entitlements and answers
    400 (not 403) otherwise; staff get no exception.

    Args:
        uuid (UUID):
        body (EntitlementEnrollmentRequest): The course run to enroll in with an entitlement.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EntitlementEnrollmentResult]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EntitlementEnrollmentRequest,
) -> EntitlementEnrollmentResult:
    """Enroll in a course run with an entitlement

    Enrolls the entitlement's user in the course run `course_run_id` given in the body; that run must
    belong to the course the entitlement `uuid` is for. A user already enrolled in another run through
    this entitlement is unenrolled from it and enrolled in the new run, when that run is available. Only
    the entitlement's owner may call it: another user's entitlement, like an unknown or expired one,
    answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the entitlement's own
    user passes: the view looks the entitlement up among the caller's unexpired entitlements and answers
    400 (not 403) otherwise; staff get no exception.

    Args:
        uuid (UUID):
        body (EntitlementEnrollmentRequest): The course run to enroll in with an entitlement.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EntitlementEnrollmentResult
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EntitlementEnrollmentRequest,
) -> Response[EntitlementEnrollmentResult]:
    """Enroll in a course run with an entitlement

    Enrolls the entitlement's user in the course run `course_run_id` given in the body; that run must
    belong to the course the entitlement `uuid` is for. A user already enrolled in another run through
    this entitlement is unenrolled from it and enrolled in the new run, when that run is available. Only
    the entitlement's owner may call it: another user's entitlement, like an unknown or expired one,
    answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the entitlement's own
    user passes: the view looks the entitlement up among the caller's unexpired entitlements and answers
    400 (not 403) otherwise; staff get no exception.

    Args:
        uuid (UUID):
        body (EntitlementEnrollmentRequest): The course run to enroll in with an entitlement.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EntitlementEnrollmentResult]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EntitlementEnrollmentRequest,
) -> EntitlementEnrollmentResult:
    """Enroll in a course run with an entitlement

    Enrolls the entitlement's user in the course run `course_run_id` given in the body; that run must
    belong to the course the entitlement `uuid` is for. A user already enrolled in another run through
    this entitlement is unenrolled from it and enrolled in the new run, when that run is available. Only
    the entitlement's owner may call it: another user's entitlement, like an unknown or expired one,
    answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the entitlement's own
    user passes: the view looks the entitlement up among the caller's unexpired entitlements and answers
    400 (not 403) otherwise; staff get no exception.

    Args:
        uuid (UUID):
        body (EntitlementEnrollmentRequest): The course run to enroll in with an entitlement.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EntitlementEnrollmentResult
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
