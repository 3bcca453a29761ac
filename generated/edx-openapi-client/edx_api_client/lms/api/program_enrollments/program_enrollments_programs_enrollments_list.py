from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.program_enrollments_program_access import ProgramEnrollmentsProgramAccess
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str | Unset = "masters",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/program_enrollments/v1/programs/enrollments/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ProgramEnrollmentsProgramAccess]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProgramEnrollmentsProgramAccess.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ProgramEnrollmentsProgramAccess]]:
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
    type_: str | Unset = "masters",
) -> Response[list[ProgramEnrollmentsProgramAccess]]:
    """List program enrollments (undocumented)

    Lists the programs of the given type (masters by default) that the requesting user may read, each as
    its UUID and marketing slug; the same answer as `programs/readonly_access/`. Any signed-in user may
    call it; the list is scoped to the caller: every program of the type for global staff, else the
    programs holding a course the caller is course staff of and those the caller is actively enrolled
    in.

    Who may call: any signed-in user. Anyone else gets 403. Never refused to a signed-in user: the
    answer is filtered to the programs the caller may read.

    Args:
        type_ (str | Unset):  Default: 'masters'.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[ProgramEnrollmentsProgramAccess]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = "masters",
) -> list[ProgramEnrollmentsProgramAccess]:
    """List program enrollments (undocumented)

    Lists the programs of the given type (masters by default) that the requesting user may read, each as
    its UUID and marketing slug; the same answer as `programs/readonly_access/`. Any signed-in user may
    call it; the list is scoped to the caller: every program of the type for global staff, else the
    programs holding a course the caller is course staff of and those the caller is actively enrolled
    in.

    Who may call: any signed-in user. Anyone else gets 403. Never refused to a signed-in user: the
    answer is filtered to the programs the caller may read.

    Args:
        type_ (str | Unset):  Default: 'masters'.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[ProgramEnrollmentsProgramAccess]
    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = "masters",
) -> Response[list[ProgramEnrollmentsProgramAccess]]:
    """List program enrollments (undocumented)

    Lists the programs of the given type (masters by default) that the requesting user may read, each as
    its UUID and marketing slug; the same answer as `programs/readonly_access/`. Any signed-in user may
    call it; the list is scoped to the caller: every program of the type for global staff, else the
    programs holding a course the caller is course staff of and those the caller is actively enrolled
    in.

    Who may call: any signed-in user. Anyone else gets 403. Never refused to a signed-in user: the
    answer is filtered to the programs the caller may read.

    Args:
        type_ (str | Unset):  Default: 'masters'.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[ProgramEnrollmentsProgramAccess]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = "masters",
) -> list[ProgramEnrollmentsProgramAccess]:
    """List program enrollments (undocumented)

    Lists the programs of the given type (masters by default) that the requesting user may read, each as
    its UUID and marketing slug; the same answer as `programs/readonly_access/`. Any signed-in user may
    call it; the list is scoped to the caller: every program of the type for global staff, else the
    programs holding a course the caller is course staff of and those the caller is actively enrolled
    in.

    Who may call: any signed-in user. Anyone else gets 403. Never refused to a signed-in user: the
    answer is filtered to the programs the caller may read.

    Args:
        type_ (str | Unset):  Default: 'masters'.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[ProgramEnrollmentsProgramAccess]
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed
