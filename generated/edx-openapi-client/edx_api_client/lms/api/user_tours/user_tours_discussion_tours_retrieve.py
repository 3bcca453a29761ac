from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_tours_discussion_tour import UserToursDiscussionTour
from ...types import Response


def _get_kwargs(
    tour_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user_tours/discussion_tours/{tour_id}/".format(
            tour_id=quote(str(tour_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[UserToursDiscussionTour]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserToursDiscussionTour.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[UserToursDiscussionTour]]:
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
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[UserToursDiscussionTour]]:
    """Get discussion tours

    Returns the caller's discussion tours, one per tour the site offers; tours the caller has no record
    of yet are created (to be shown) on the way. The tour id in the path is ignored. Any signed-in user
    may call it; 403 while user tours are disabled, 409 when creating the missing records conflicts with
    a concurrent request.

    Who may call: any signed-in user. Anyone else gets 403. Returns only the caller's own tours. Refused
    with 403 for everyone while the USER_TOURS_DISABLED waffle flag is on.

    Args:
        tour_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[UserToursDiscussionTour]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        tour_id=tour_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[UserToursDiscussionTour]:
    """Get discussion tours

    Returns the caller's discussion tours, one per tour the site offers; tours the caller has no record
    of yet are created (to be shown) on the way. The tour id in the path is ignored. Any signed-in user
    may call it; 403 while user tours are disabled, 409 when creating the missing records conflicts with
    a concurrent request.

    Who may call: any signed-in user. Anyone else gets 403. Returns only the caller's own tours. Refused
    with 403 for everyone while the USER_TOURS_DISABLED waffle flag is on.

    Args:
        tour_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[UserToursDiscussionTour]
    """

    return sync_detailed(
        tour_id=tour_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[UserToursDiscussionTour]]:
    """Get discussion tours

    Returns the caller's discussion tours, one per tour the site offers; tours the caller has no record
    of yet are created (to be shown) on the way. The tour id in the path is ignored. Any signed-in user
    may call it; 403 while user tours are disabled, 409 when creating the missing records conflicts with
    a concurrent request.

    Who may call: any signed-in user. Anyone else gets 403. Returns only the caller's own tours. Refused
    with 403 for everyone while the USER_TOURS_DISABLED waffle flag is on.

    Args:
        tour_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[UserToursDiscussionTour]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        tour_id=tour_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[UserToursDiscussionTour]:
    """Get discussion tours

    Returns the caller's discussion tours, one per tour the site offers; tours the caller has no record
    of yet are created (to be shown) on the way. The tour id in the path is ignored. Any signed-in user
    may call it; 403 while user tours are disabled, 409 when creating the missing records conflicts with
    a concurrent request.

    Who may call: any signed-in user. Anyone else gets 403. Returns only the caller's own tours. Refused
    with 403 for everyone while the USER_TOURS_DISABLED waffle flag is on.

    Args:
        tour_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[UserToursDiscussionTour]
    """

    return (
        await asyncio_detailed(
            tour_id=tour_id,
            client=client,
        )
    ).parsed
