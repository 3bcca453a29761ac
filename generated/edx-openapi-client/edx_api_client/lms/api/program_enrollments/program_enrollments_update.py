from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.program_enrollments_enrollment_create_request import (
    ProgramEnrollmentsEnrollmentCreateRequest,
)
from ...models.program_enrollments_write_result import ProgramEnrollmentsWriteResult
from ...types import Response


def _get_kwargs(
    program_uuid: UUID,
    *,
    body: list[ProgramEnrollmentsEnrollmentCreateRequest],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/program_enrollments/v1/programs/{program_uuid}/enrollments/".format(
            program_uuid=quote(str(program_uuid), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProgramEnrollmentsWriteResult:
    if response.status_code == 200:
        response_200 = ProgramEnrollmentsWriteResult.from_dict(response.json())

        return response_200

    if response.status_code == 207:
        response_207 = ProgramEnrollmentsWriteResult.from_dict(response.json())

        return response_207

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProgramEnrollmentsWriteResult]:
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
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: list[ProgramEnrollmentsEnrollmentCreateRequest],
) -> Response[ProgramEnrollmentsWriteResult]:
    """Create or update learners' enrollments in a program

    Creates the enrollments in the program `program_uuid` of a list of learners, or updates those that
    already exist. The body and the answer are those of the POST. Only global staff users (such as the
    registrar service's worker account) may call it; other callers are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check admits staff users; a restricted-application JWT is refused because the view sets no required
    scopes. It also admits a caller whose own username is sent as a username query parameter, since edx-
    drf-extensions reads the user-in-URL check from the query string too.

    Args:
        program_uuid (UUID):
        body (list[ProgramEnrollmentsEnrollmentCreateRequest]):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ProgramEnrollmentsWriteResult]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        program_uuid=program_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: list[ProgramEnrollmentsEnrollmentCreateRequest],
) -> ProgramEnrollmentsWriteResult:
    """Create or update learners' enrollments in a program

    Creates the enrollments in the program `program_uuid` of a list of learners, or updates those that
    already exist. The body and the answer are those of the POST. Only global staff users (such as the
    registrar service's worker account) may call it; other callers are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check admits staff users; a restricted-application JWT is refused because the view sets no required
    scopes. It also admits a caller whose own username is sent as a username query parameter, since edx-
    drf-extensions reads the user-in-URL check from the query string too.

    Args:
        program_uuid (UUID):
        body (list[ProgramEnrollmentsEnrollmentCreateRequest]):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ProgramEnrollmentsWriteResult
    """

    return sync_detailed(
        program_uuid=program_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: list[ProgramEnrollmentsEnrollmentCreateRequest],
) -> Response[ProgramEnrollmentsWriteResult]:
    """Create or update learners' enrollments in a program

    Creates the enrollments in the program `program_uuid` of a list of learners, or updates those that
    already exist. The body and the answer are those of the POST. Only global staff users (such as the
    registrar service's worker account) may call it; other callers are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check admits staff users; a restricted-application JWT is refused because the view sets no required
    scopes. It also admits a caller whose own username is sent as a username query parameter, since edx-
    drf-extensions reads the user-in-URL check from the query string too.

    Args:
        program_uuid (UUID):
        body (list[ProgramEnrollmentsEnrollmentCreateRequest]):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ProgramEnrollmentsWriteResult]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        program_uuid=program_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: list[ProgramEnrollmentsEnrollmentCreateRequest],
) -> ProgramEnrollmentsWriteResult:
    """Create or update learners' enrollments in a program

    Creates the enrollments in the program `program_uuid` of a list of learners, or updates those that
    already exist. The body and the answer are those of the POST. Only global staff users (such as the
    registrar service's worker account) may call it; other callers are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check admits staff users; a restricted-application JWT is refused because the view sets no required
    scopes. It also admits a caller whose own username is sent as a username query parameter, since edx-
    drf-extensions reads the user-in-URL check from the query string too.

    Args:
        program_uuid (UUID):
        body (list[ProgramEnrollmentsEnrollmentCreateRequest]):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ProgramEnrollmentsWriteResult
    """

    return (
        await asyncio_detailed(
            program_uuid=program_uuid,
            client=client,
            body=body,
        )
    ).parsed
