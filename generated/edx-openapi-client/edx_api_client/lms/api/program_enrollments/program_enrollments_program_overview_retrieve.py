from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.program_enrollments_overview import ProgramEnrollmentsOverview
from ...types import Response


def _get_kwargs(
    program_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/program_enrollments/v1/programs/{program_uuid}/overview/".format(
            program_uuid=quote(str(program_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProgramEnrollmentsOverview:
    if response.status_code == 200:
        response_200 = ProgramEnrollmentsOverview.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProgramEnrollmentsOverview]:
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
) -> Response[ProgramEnrollmentsOverview]:
    """Get an overview of the caller's course runs in a program

    Returns data about the requesting user's course-run enrollments that are part of their enrollment in
    the program `program_uuid`: for each course run its identifier, name, URLs, dates, status, upcoming
    due dates and, where they apply, the email setting, the MicroMasters title and the certificate
    download URL. Deprecated in favour of the paginated
    `users/{username}/programs/{program_uuid}/courses`. Any signed-in user enrolled in the program may
    call it; a caller not enrolled in the program answers 403, and a program the catalog does not know
    404.

    Who may call: any signed-in user. Anyone else gets 403. The caller must hold an enrolled-status
    enrollment in the program (403 otherwise); staff get no exception.

    Args:
        program_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ProgramEnrollmentsOverview]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        program_uuid=program_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ProgramEnrollmentsOverview:
    """Get an overview of the caller's course runs in a program

    Returns data about the requesting user's course-run enrollments that are part of their enrollment in
    the program `program_uuid`: for each course run its identifier, name, URLs, dates, status, upcoming
    due dates and, where they apply, the email setting, the MicroMasters title and the certificate
    download URL. Deprecated in favour of the paginated
    `users/{username}/programs/{program_uuid}/courses`. Any signed-in user enrolled in the program may
    call it; a caller not enrolled in the program answers 403, and a program the catalog does not know
    404.

    Who may call: any signed-in user. Anyone else gets 403. The caller must hold an enrolled-status
    enrollment in the program (403 otherwise); staff get no exception.

    Args:
        program_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ProgramEnrollmentsOverview
    """

    return sync_detailed(
        program_uuid=program_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProgramEnrollmentsOverview]:
    """Get an overview of the caller's course runs in a program

    Returns data about the requesting user's course-run enrollments that are part of their enrollment in
    the program `program_uuid`: for each course run its identifier, name, URLs, dates, status, upcoming
    due dates and, where they apply, the email setting, the MicroMasters title and the certificate
    download URL. Deprecated in favour of the paginated
    `users/{username}/programs/{program_uuid}/courses`. Any signed-in user enrolled in the program may
    call it; a caller not enrolled in the program answers 403, and a program the catalog does not know
    404.

    Who may call: any signed-in user. Anyone else gets 403. The caller must hold an enrolled-status
    enrollment in the program (403 otherwise); staff get no exception.

    Args:
        program_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ProgramEnrollmentsOverview]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        program_uuid=program_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ProgramEnrollmentsOverview:
    """Get an overview of the caller's course runs in a program

    Returns data about the requesting user's course-run enrollments that are part of their enrollment in
    the program `program_uuid`: for each course run its identifier, name, URLs, dates, status, upcoming
    due dates and, where they apply, the email setting, the MicroMasters title and the certificate
    download URL. Deprecated in favour of the paginated
    `users/{username}/programs/{program_uuid}/courses`. Any signed-in user enrolled in the program may
    call it; a caller not enrolled in the program answers 403, and a program the catalog does not know
    404.

    Who may call: any signed-in user. Anyone else gets 403. The caller must hold an enrolled-status
    enrollment in the program (403 otherwise); staff get no exception.

    Args:
        program_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ProgramEnrollmentsOverview
    """

    return (
        await asyncio_detailed(
            program_uuid=program_uuid,
            client=client,
        )
    ).parsed
