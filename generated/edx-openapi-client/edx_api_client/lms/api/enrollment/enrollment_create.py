from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrollment_create_request import EnrollmentCreateRequest
from ...models.enrollment_user_enrollment import EnrollmentUserEnrollment
from ...types import Response


def _get_kwargs(
    *,
    body: EnrollmentCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enrollment/v1/enrollment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrollmentUserEnrollment:
    if response.status_code == 200:
        response_200 = EnrollmentUserEnrollment.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EnrollmentUserEnrollment]:
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
    body: EnrollmentCreateRequest,
) -> Response[EnrollmentUserEnrollment]:
    """Enroll the requesting user in a course

    Enrolls the requesting user in a course, creating a new enrollment or reactivating an old one, and
    answers 200 with the enrollment, also when the user was already enrolled. Any signed-in user may
    enroll themselves, in the audit or honor mode only (another mode answers 403). Server-to-server
    calls and global staff may also enroll another user, named by username (`user`) or `email`,
    deactivate an existing enrollment or change its mode; anyone else naming another user is answered
    404.

    Who may call: the user named by `user`, global staff, or the service worker of another edX service.
    Anyone else gets 404. A learner may enroll only themselves and only in the audit or honor mode
    (another mode answers 403); naming another user by user or email answers 404 unless the caller is
    global staff or sends the deployment's API key header.

    Args:
        body (EnrollmentCreateRequest): What to enroll in, and for whom. The keys are the ones the
            enrollment view reads.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EnrollmentUserEnrollment]: the status, headers, raw body and parsed body.
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
    body: EnrollmentCreateRequest,
) -> EnrollmentUserEnrollment:
    """Enroll the requesting user in a course

    Enrolls the requesting user in a course, creating a new enrollment or reactivating an old one, and
    answers 200 with the enrollment, also when the user was already enrolled. Any signed-in user may
    enroll themselves, in the audit or honor mode only (another mode answers 403). Server-to-server
    calls and global staff may also enroll another user, named by username (`user`) or `email`,
    deactivate an existing enrollment or change its mode; anyone else naming another user is answered
    404.

    Who may call: the user named by `user`, global staff, or the service worker of another edX service.
    Anyone else gets 404. A learner may enroll only themselves and only in the audit or honor mode
    (another mode answers 403); naming another user by user or email answers 404 unless the caller is
    global staff or sends the deployment's API key header.

    Args:
        body (EnrollmentCreateRequest): What to enroll in, and for whom. The keys are the ones the
            enrollment view reads.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EnrollmentUserEnrollment
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnrollmentCreateRequest,
) -> Response[EnrollmentUserEnrollment]:
    """Enroll the requesting user in a course

    Enrolls the requesting user in a course, creating a new enrollment or reactivating an old one, and
    answers 200 with the enrollment, also when the user was already enrolled. Any signed-in user may
    enroll themselves, in the audit or honor mode only (another mode answers 403). Server-to-server
    calls and global staff may also enroll another user, named by username (`user`) or `email`,
    deactivate an existing enrollment or change its mode; anyone else naming another user is answered
    404.

    Who may call: the user named by `user`, global staff, or the service worker of another edX service.
    Anyone else gets 404. A learner may enroll only themselves and only in the audit or honor mode
    (another mode answers 403); naming another user by user or email answers 404 unless the caller is
    global staff or sends the deployment's API key header.

    Args:
        body (EnrollmentCreateRequest): What to enroll in, and for whom. The keys are the ones the
            enrollment view reads.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EnrollmentUserEnrollment]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EnrollmentCreateRequest,
) -> EnrollmentUserEnrollment:
    """Enroll the requesting user in a course

    Enrolls the requesting user in a course, creating a new enrollment or reactivating an old one, and
    answers 200 with the enrollment, also when the user was already enrolled. Any signed-in user may
    enroll themselves, in the audit or honor mode only (another mode answers 403). Server-to-server
    calls and global staff may also enroll another user, named by username (`user`) or `email`,
    deactivate an existing enrollment or change its mode; anyone else naming another user is answered
    404.

    Who may call: the user named by `user`, global staff, or the service worker of another edX service.
    Anyone else gets 404. A learner may enroll only themselves and only in the audit or honor mode
    (another mode answers 403); naming another user by user or email answers 404 unless the caller is
    global staff or sends the deployment's API key header.

    Args:
        body (EnrollmentCreateRequest): What to enroll in, and for whom. The keys are the ones the
            enrollment view reads.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EnrollmentUserEnrollment
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
