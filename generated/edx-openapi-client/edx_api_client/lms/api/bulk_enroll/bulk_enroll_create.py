from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_enroll_request import BulkEnrollRequest
from ...models.bulk_enroll_response import BulkEnrollResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BulkEnrollRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk_enroll/v1/bulk_enroll",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkEnrollResponse:
    if response.status_code == 200:
        response_200 = BulkEnrollResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkEnrollResponse]:
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
    body: BulkEnrollRequest,
) -> Response[BulkEnrollResponse]:
    """Enroll or unenroll users in bulk

    Enrolls (`action` "enroll") or unenrolls (`action` "unenroll") several users in one or more courses.
    With `auto_enroll`, students are enrolled as soon as they register; with `email_students`, they are
    emailed about the enrollment. `cohorts`, optional, puts the learners in one cohort per course: it
    must name as many cohorts as there are courses, the first cohort going with the first course and so
    on. Only global staff (staff service accounts included) may call it; anyone else gets 403. A body
    that does not validate, or a cohort that does not exist, answers 400.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    view checks only that the caller is a staff user (JWT or bearer token); the service accounts of
    other edX services are admitted because they are staff.

    Args:
        body (BulkEnrollRequest): Which users to enroll in or unenroll from which courses, and
            how: `identifiers`, `courses` and `action` are required; `auto_enroll` and
            `email_students` default to false, and `cohorts` is optional.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[BulkEnrollResponse]: the status, headers, raw body and parsed body.
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
    body: BulkEnrollRequest,
) -> BulkEnrollResponse:
    """Enroll or unenroll users in bulk

    Enrolls (`action` "enroll") or unenrolls (`action` "unenroll") several users in one or more courses.
    With `auto_enroll`, students are enrolled as soon as they register; with `email_students`, they are
    emailed about the enrollment. `cohorts`, optional, puts the learners in one cohort per course: it
    must name as many cohorts as there are courses, the first cohort going with the first course and so
    on. Only global staff (staff service accounts included) may call it; anyone else gets 403. A body
    that does not validate, or a cohort that does not exist, answers 400.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    view checks only that the caller is a staff user (JWT or bearer token); the service accounts of
    other edX services are admitted because they are staff.

    Args:
        body (BulkEnrollRequest): Which users to enroll in or unenroll from which courses, and
            how: `identifiers`, `courses` and `action` are required; `auto_enroll` and
            `email_students` default to false, and `cohorts` is optional.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        BulkEnrollResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkEnrollRequest,
) -> Response[BulkEnrollResponse]:
    """Enroll or unenroll users in bulk

    Enrolls (`action` "enroll") or unenrolls (`action` "unenroll") several users in one or more courses.
    With `auto_enroll`, students are enrolled as soon as they register; with `email_students`, they are
    emailed about the enrollment. `cohorts`, optional, puts the learners in one cohort per course: it
    must name as many cohorts as there are courses, the first cohort going with the first course and so
    on. Only global staff (staff service accounts included) may call it; anyone else gets 403. A body
    that does not validate, or a cohort that does not exist, answers 400.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    view checks only that the caller is a staff user (JWT or bearer token); the service accounts of
    other edX services are admitted because they are staff.

    Args:
        body (BulkEnrollRequest): Which users to enroll in or unenroll from which courses, and
            how: `identifiers`, `courses` and `action` are required; `auto_enroll` and
            `email_students` default to false, and `cohorts` is optional.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[BulkEnrollResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkEnrollRequest,
) -> BulkEnrollResponse:
    """Enroll or unenroll users in bulk

    Enrolls (`action` "enroll") or unenrolls (`action` "unenroll") several users in one or more courses.
    With `auto_enroll`, students are enrolled as soon as they register; with `email_students`, they are
    emailed about the enrollment. `cohorts`, optional, puts the learners in one cohort per course: it
    must name as many cohorts as there are courses, the first cohort going with the first course and so
    on. Only global staff (staff service accounts included) may call it; anyone else gets 403. A body
    that does not validate, or a cohort that does not exist, answers 400.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    view checks only that the caller is a staff user (JWT or bearer token); the service accounts of
    other edX services are admitted because they are staff.

    Args:
        body (BulkEnrollRequest): Which users to enroll in or unenroll from which courses, and
            how: `identifiers`, `courses` and `action` are required; `auto_enroll` and
            `email_students` default to false, and `cohorts` is optional.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        BulkEnrollResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
