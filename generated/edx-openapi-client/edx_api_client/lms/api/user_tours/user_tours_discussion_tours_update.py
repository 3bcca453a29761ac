from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_tours_discussion_tour import UserToursDiscussionTour
from ...models.user_tours_discussion_tour_update import UserToursDiscussionTourUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tour_id: str,
    *,
    body: UserToursDiscussionTourUpdate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/user_tours/discussion_tours/{tour_id}/".format(
            tour_id=quote(str(tour_id), safe=""),
        ),
    }

    if isinstance(body, UserToursDiscussionTourUpdate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserToursDiscussionTour:
    if response.status_code == 200:
        response_200 = UserToursDiscussionTour.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserToursDiscussionTour]:
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
    body: UserToursDiscussionTourUpdate | Unset = UNSET,
) -> Response[UserToursDiscussionTour]:
    """Update a discussion tour

    Updates the discussion tour named in the path with the body (only `show_tour` is writable) and
    answers the updated tour. Only the user the tour belongs to may update it (403 for anyone else); an
    unknown tour answers 404, an invalid body 400, and every call answers 403 while user tours are
    disabled.

    Who may call: the signed-in user, about themself. Anyone else gets 403. The tour must belong to the
    caller; the path names the tour, not the user. Refused with 403 for everyone while the
    USER_TOURS_DISABLED waffle flag is on.

    Args:
        tour_id (str):
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserToursDiscussionTour]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        tour_id=tour_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserToursDiscussionTourUpdate | Unset = UNSET,
) -> UserToursDiscussionTour:
    """Update a discussion tour

    Updates the discussion tour named in the path with the body (only `show_tour` is writable) and
    answers the updated tour. Only the user the tour belongs to may update it (403 for anyone else); an
    unknown tour answers 404, an invalid body 400, and every call answers 403 while user tours are
    disabled.

    Who may call: the signed-in user, about themself. Anyone else gets 403. The tour must belong to the
    caller; the path names the tour, not the user. Refused with 403 for everyone while the
    USER_TOURS_DISABLED waffle flag is on.

    Args:
        tour_id (str):
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserToursDiscussionTour
    """

    return sync_detailed(
        tour_id=tour_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserToursDiscussionTourUpdate | Unset = UNSET,
) -> Response[UserToursDiscussionTour]:
    """Update a discussion tour

    Updates the discussion tour named in the path with the body (only `show_tour` is writable) and
    answers the updated tour. Only the user the tour belongs to may update it (403 for anyone else); an
    unknown tour answers 404, an invalid body 400, and every call answers 403 while user tours are
    disabled.

    Who may call: the signed-in user, about themself. Anyone else gets 403. The tour must belong to the
    caller; the path names the tour, not the user. Refused with 403 for everyone while the
    USER_TOURS_DISABLED waffle flag is on.

    Args:
        tour_id (str):
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserToursDiscussionTour]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        tour_id=tour_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserToursDiscussionTourUpdate | Unset = UNSET,
) -> UserToursDiscussionTour:
    """Update a discussion tour

    Updates the discussion tour named in the path with the body (only `show_tour` is writable) and
    answers the updated tour. Only the user the tour belongs to may update it (403 for anyone else); an
    unknown tour answers 404, an invalid body 400, and every call answers 403 while user tours are
    disabled.

    Who may call: the signed-in user, about themself. Anyone else gets 403. The tour must belong to the
    caller; the path names the tour, not the user. Refused with 403 for everyone while the
    USER_TOURS_DISABLED waffle flag is on.

    Args:
        tour_id (str):
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserToursDiscussionTour
    """

    return (
        await asyncio_detailed(
            tour_id=tour_id,
            client=client,
            body=body,
        )
    ).parsed
