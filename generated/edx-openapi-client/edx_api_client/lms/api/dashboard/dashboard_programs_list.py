from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dashboard_program import DashboardProgram
from ...types import Response


def _get_kwargs(
    enterprise_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dashboard/v0/programs/{enterprise_uuid}/".format(
            enterprise_uuid=quote(str(enterprise_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[DashboardProgram]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DashboardProgram.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[DashboardProgram]]:
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
    enterprise_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[DashboardProgram]]:
    """List an enterprise learner's programs

    Returns every program the requesting learner is enrolled in through the enterprise customer named in
    the path, each with five members of the catalog program and the learner's progress in it. Needs a
    signed-in caller; only the caller's enrollments made through that enterprise customer count, and
    without any the list is empty.

    Who may call: any signed-in user. Anyone else gets 403. No enterprise membership is checked: any
    signed-in user may call it, and only their own enrollments made through the named enterprise
    customer count (none gives an empty list).

    Args:
        enterprise_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[DashboardProgram]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        enterprise_uuid=enterprise_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> list[DashboardProgram]:
    """List an enterprise learner's programs

    Returns every program the requesting learner is enrolled in through the enterprise customer named in
    the path, each with five members of the catalog program and the learner's progress in it. Needs a
    signed-in caller; only the caller's enrollments made through that enterprise customer count, and
    without any the list is empty.

    Who may call: any signed-in user. Anyone else gets 403. No enterprise membership is checked: any
    signed-in user may call it, and only their own enrollments made through the named enterprise
    customer count (none gives an empty list).

    Args:
        enterprise_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[DashboardProgram]
    """

    return sync_detailed(
        enterprise_uuid=enterprise_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    enterprise_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[DashboardProgram]]:
    """List an enterprise learner's programs

    Returns every program the requesting learner is enrolled in through the enterprise customer named in
    the path, each with five members of the catalog program and the learner's progress in it. Needs a
    signed-in caller; only the caller's enrollments made through that enterprise customer count, and
    without any the list is empty.

    Who may call: any signed-in user. Anyone else gets 403. No enterprise membership is checked: any
    signed-in user may call it, and only their own enrollments made through the named enterprise
    customer count (none gives an empty list).

    Args:
        enterprise_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[DashboardProgram]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        enterprise_uuid=enterprise_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> list[DashboardProgram]:
    """List an enterprise learner's programs

    Returns every program the requesting learner is enrolled in through the enterprise customer named in
    the path, each with five members of the catalog program and the learner's progress in it. Needs a
    signed-in caller; only the caller's enrollments made through that enterprise customer count, and
    without any the list is empty.

    Who may call: any signed-in user. Anyone else gets 403. No enterprise membership is checked: any
    signed-in user may call it, and only their own enrollments made through the named enterprise
    customer count (none gives an empty list).

    Args:
        enterprise_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[DashboardProgram]
    """

    return (
        await asyncio_detailed(
            enterprise_uuid=enterprise_uuid,
            client=client,
        )
    ).parsed
