from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dashboard_program_progress_details import DashboardProgramProgressDetails
from ...types import Response


def _get_kwargs(
    program_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dashboard/v0/programs/{program_uuid}/progress_details/".format(
            program_uuid=quote(str(program_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DashboardProgramProgressDetails:
    if response.status_code == 200:
        response_200 = DashboardProgramProgressDetails.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DashboardProgramProgressDetails]:
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
) -> Response[DashboardProgramProgressDetails]:
    """Retrieve a user's progress details in a program

    Returns the requesting user's progress in the program named in the path: the program's catalog data
    with the learner's progress through its courses, the certificates earned, purchase and record URLs,
    and the program's industry and credit pathways. Needs a signed-in caller; a program the catalog does
    not know is answered 404.

    Who may call: any signed-in user. Anyone else gets 403. Answers the caller's own progress; a program
    the catalog does not know is answered 404.

    Args:
        program_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DashboardProgramProgressDetails]: the status, headers, raw body and parsed body.
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
) -> DashboardProgramProgressDetails:
    """Retrieve a user's progress details in a program

    Returns the requesting user's progress in the program named in the path: the program's catalog data
    with the learner's progress through its courses, the certificates earned, purchase and record URLs,
    and the program's industry and credit pathways. Needs a signed-in caller; a program the catalog does
    not know is answered 404.

    Who may call: any signed-in user. Anyone else gets 403. Answers the caller's own progress; a program
    the catalog does not know is answered 404.

    Args:
        program_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DashboardProgramProgressDetails
    """

    return sync_detailed(
        program_uuid=program_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DashboardProgramProgressDetails]:
    """Retrieve a user's progress details in a program

    Returns the requesting user's progress in the program named in the path: the program's catalog data
    with the learner's progress through its courses, the certificates earned, purchase and record URLs,
    and the program's industry and credit pathways. Needs a signed-in caller; a program the catalog does
    not know is answered 404.

    Who may call: any signed-in user. Anyone else gets 403. Answers the caller's own progress; a program
    the catalog does not know is answered 404.

    Args:
        program_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DashboardProgramProgressDetails]: the status, headers, raw body and parsed body.
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
) -> DashboardProgramProgressDetails:
    """Retrieve a user's progress details in a program

    Returns the requesting user's progress in the program named in the path: the program's catalog data
    with the learner's progress through its courses, the certificates earned, purchase and record URLs,
    and the program's industry and credit pathways. Needs a signed-in caller; a program the catalog does
    not know is answered 404.

    Who may call: any signed-in user. Anyone else gets 403. Answers the caller's own progress; a program
    the catalog does not know is answered 404.

    Args:
        program_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DashboardProgramProgressDetails
    """

    return (
        await asyncio_detailed(
            program_uuid=program_uuid,
            client=client,
        )
    ).parsed
