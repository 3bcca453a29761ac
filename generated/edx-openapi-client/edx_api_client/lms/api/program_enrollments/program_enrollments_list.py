from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_program_enrollments_enrollment_list import (
    PaginatedProgramEnrollmentsEnrollmentList,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    program_uuid: UUID,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/program_enrollments/v1/programs/{program_uuid}/enrollments/".format(
            program_uuid=quote(str(program_uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedProgramEnrollmentsEnrollmentList:
    if response.status_code == 200:
        response_200 = PaginatedProgramEnrollmentsEnrollmentList.from_dict(
            response.json()
        )

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedProgramEnrollmentsEnrollmentList]:
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
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedProgramEnrollmentsEnrollmentList]:
    """List the enrollments of a program

    Lists ProgramEnrollment objects: the enrollments in the program `program_uuid`. Pages are chosen
    with an opaque `cursor` and sized with `page_size`. A program the catalog does not know answers 404.
    Only global staff users (such as the registrar service's worker account) may call it; other callers
    are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check admits staff users; a restricted-application JWT is refused because the view sets no required
    scopes. It also admits a caller whose own username is sent as a username query parameter, since edx-
    drf-extensions reads the user-in-URL check from the query string too.

    Args:
        program_uuid (UUID):
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedProgramEnrollmentsEnrollmentList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        program_uuid=program_uuid,
        cursor=cursor,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedProgramEnrollmentsEnrollmentList:
    """List the enrollments of a program

    Lists ProgramEnrollment objects: the enrollments in the program `program_uuid`. Pages are chosen
    with an opaque `cursor` and sized with `page_size`. A program the catalog does not know answers 404.
    Only global staff users (such as the registrar service's worker account) may call it; other callers
    are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check admits staff users; a restricted-application JWT is refused because the view sets no required
    scopes. It also admits a caller whose own username is sent as a username query parameter, since edx-
    drf-extensions reads the user-in-URL check from the query string too.

    Args:
        program_uuid (UUID):
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedProgramEnrollmentsEnrollmentList
    """

    return sync_detailed(
        program_uuid=program_uuid,
        client=client,
        cursor=cursor,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedProgramEnrollmentsEnrollmentList]:
    """List the enrollments of a program

    Lists ProgramEnrollment objects: the enrollments in the program `program_uuid`. Pages are chosen
    with an opaque `cursor` and sized with `page_size`. A program the catalog does not know answers 404.
    Only global staff users (such as the registrar service's worker account) may call it; other callers
    are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check admits staff users; a restricted-application JWT is refused because the view sets no required
    scopes. It also admits a caller whose own username is sent as a username query parameter, since edx-
    drf-extensions reads the user-in-URL check from the query string too.

    Args:
        program_uuid (UUID):
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedProgramEnrollmentsEnrollmentList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        program_uuid=program_uuid,
        cursor=cursor,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedProgramEnrollmentsEnrollmentList:
    """List the enrollments of a program

    Lists ProgramEnrollment objects: the enrollments in the program `program_uuid`. Pages are chosen
    with an opaque `cursor` and sized with `page_size`. A program the catalog does not know answers 404.
    Only global staff users (such as the registrar service's worker account) may call it; other callers
    are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check admits staff users; a restricted-application JWT is refused because the view sets no required
    scopes. It also admits a caller whose own username is sent as a username query parameter, since edx-
    drf-extensions reads the user-in-URL check from the query string too.

    Args:
        program_uuid (UUID):
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedProgramEnrollmentsEnrollmentList
    """

    return (
        await asyncio_detailed(
            program_uuid=program_uuid,
            client=client,
            cursor=cursor,
            page_size=page_size,
        )
    ).parsed
