from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_backend_retirement import EdxProctoringBackendRetirement
from ...types import Response


def _get_kwargs(
    user_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/edx_proctoring/v1/retire_backend_user/{user_id}/".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringBackendRetirement:
    if response.status_code == 200:
        response_200 = EdxProctoringBackendRetirement.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringBackendRetirement]:
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
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EdxProctoringBackendRetirement]:
    """Delete a user's data from the proctoring backends

    Deletes all the data of the user in the path from every proctoring backend the user took a proctored
    attempt with; each service is asked once. No body is read. Only the retirement service (a caller
    with the user retirement permission) may call it (403 otherwise). The answer maps each service's
    name to what it returned; any failure makes the status 500.

    Who may call: the service worker of another edX service. Anyone else gets 403. Needs the LMS's
    accounts.can_retire_user permission, held by the retirement service worker and by superusers.

    Args:
        user_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringBackendRetirement]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> EdxProctoringBackendRetirement:
    """Delete a user's data from the proctoring backends

    Deletes all the data of the user in the path from every proctoring backend the user took a proctored
    attempt with; each service is asked once. No body is read. Only the retirement service (a caller
    with the user retirement permission) may call it (403 otherwise). The answer maps each service's
    name to what it returned; any failure makes the status 500.

    Who may call: the service worker of another edX service. Anyone else gets 403. Needs the LMS's
    accounts.can_retire_user permission, held by the retirement service worker and by superusers.

    Args:
        user_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringBackendRetirement
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EdxProctoringBackendRetirement]:
    """Delete a user's data from the proctoring backends

    Deletes all the data of the user in the path from every proctoring backend the user took a proctored
    attempt with; each service is asked once. No body is read. Only the retirement service (a caller
    with the user retirement permission) may call it (403 otherwise). The answer maps each service's
    name to what it returned; any failure makes the status 500.

    Who may call: the service worker of another edX service. Anyone else gets 403. Needs the LMS's
    accounts.can_retire_user permission, held by the retirement service worker and by superusers.

    Args:
        user_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringBackendRetirement]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> EdxProctoringBackendRetirement:
    """Delete a user's data from the proctoring backends

    Deletes all the data of the user in the path from every proctoring backend the user took a proctored
    attempt with; each service is asked once. No body is read. Only the retirement service (a caller
    with the user retirement permission) may call it (403 otherwise). The answer maps each service's
    name to what it returned; any failure makes the status 500.

    Who may call: the service worker of another edX service. Anyone else gets 403. Needs the LMS's
    accounts.can_retire_user permission, held by the retirement service worker and by superusers.

    Args:
        user_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringBackendRetirement
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
        )
    ).parsed
