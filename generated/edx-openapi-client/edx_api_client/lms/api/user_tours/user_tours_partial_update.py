from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_tours_tour_update import UserToursTourUpdate
from ...types import Response


def _get_kwargs(
    username: str,
    *,
    body: UserToursTourUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/user_tours/v1/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 200:
        return errors.decoded_body(response)
    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserToursTourUpdate,
) -> Response[Any]:
    """Update a user's tour state

    Changes the tour state of the user named in the path, who must be the caller;
    `course_home_tour_status` and `show_courseware_tour` can be updated. Any other caller, global staff
    included, gets 400, as does an update that changes nothing; every call answers 403 while user tours
    are disabled.

    Who may call: the user named by `username`. Anyone else gets 400. The wrong caller is answered 400,
    not 403. Refused with 403 for everyone while the USER_TOURS_DISABLED waffle flag is on.

    Args:
        username (str):
        body (UserToursTourUpdate): The tour state to store; either field may be left out (both
            have model defaults). A body that changes nothing is answered with 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserToursTourUpdate,
) -> Any:
    """Update a user's tour state

    Changes the tour state of the user named in the path, who must be the caller;
    `course_home_tour_status` and `show_courseware_tour` can be updated. Any other caller, global staff
    included, gets 400, as does an update that changes nothing; every call answers 403 while user tours
    are disabled.

    Who may call: the user named by `username`. Anyone else gets 400. The wrong caller is answered 400,
    not 403. Refused with 403 for everyone while the USER_TOURS_DISABLED waffle flag is on.

    Args:
        username (str):
        body (UserToursTourUpdate): The tour state to store; either field may be left out (both
            have model defaults). A body that changes nothing is answered with 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserToursTourUpdate,
) -> Response[Any]:
    """Update a user's tour state

    Changes the tour state of the user named in the path, who must be the caller;
    `course_home_tour_status` and `show_courseware_tour` can be updated. Any other caller, global staff
    included, gets 400, as does an update that changes nothing; every call answers 403 while user tours
    are disabled.

    Who may call: the user named by `username`. Anyone else gets 400. The wrong caller is answered 400,
    not 403. Refused with 403 for everyone while the USER_TOURS_DISABLED waffle flag is on.

    Args:
        username (str):
        body (UserToursTourUpdate): The tour state to store; either field may be left out (both
            have model defaults). A body that changes nothing is answered with 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserToursTourUpdate,
) -> Any:
    """Update a user's tour state

    Changes the tour state of the user named in the path, who must be the caller;
    `course_home_tour_status` and `show_courseware_tour` can be updated. Any other caller, global staff
    included, gets 400, as does an update that changes nothing; every call answers 403 while user tours
    are disabled.

    Who may call: the user named by `username`. Anyone else gets 400. The wrong caller is answered 400,
    not 403. Refused with 403 for everyone while the USER_TOURS_DISABLED waffle flag is on.

    Args:
        username (str):
        body (UserToursTourUpdate): The tour state to store; either field may be left out (both
            have model defaults). A body that changes nothing is answered with 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
        )
    ).parsed
