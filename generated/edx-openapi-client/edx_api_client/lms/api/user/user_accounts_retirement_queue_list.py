from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_retirement_status import UserRetirementStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cool_off_days: int,
    states: list[str],
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cool_off_days"] = cool_off_days

    json_states = states

    params["states"] = json_states

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/v1/accounts/retirement_queue/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[UserRetirementStatus]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserRetirementStatus.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[UserRetirementStatus]]:
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
    cool_off_days: int,
    states: list[str],
    limit: int | Unset = UNSET,
) -> Response[list[UserRetirementStatus]]:
    """List queued retirements

    Returns the retirement status rows of the users in the given retirement states whose entry in the
    retirement queue is at least `cool_off_days` days old. `cool_off_days` and at least one state are
    required, every state must exist, and `limit` caps the number of rows; otherwise the answer is 400.
    Only the retirement service (or a superuser) may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Args:
        cool_off_days (int):
        states (list[str]):
        limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[UserRetirementStatus]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        cool_off_days=cool_off_days,
        states=states,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cool_off_days: int,
    states: list[str],
    limit: int | Unset = UNSET,
) -> list[UserRetirementStatus]:
    """List queued retirements

    Returns the retirement status rows of the users in the given retirement states whose entry in the
    retirement queue is at least `cool_off_days` days old. `cool_off_days` and at least one state are
    required, every state must exist, and `limit` caps the number of rows; otherwise the answer is 400.
    Only the retirement service (or a superuser) may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Args:
        cool_off_days (int):
        states (list[str]):
        limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[UserRetirementStatus]
    """

    return sync_detailed(
        client=client,
        cool_off_days=cool_off_days,
        states=states,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cool_off_days: int,
    states: list[str],
    limit: int | Unset = UNSET,
) -> Response[list[UserRetirementStatus]]:
    """List queued retirements

    Returns the retirement status rows of the users in the given retirement states whose entry in the
    retirement queue is at least `cool_off_days` days old. `cool_off_days` and at least one state are
    required, every state must exist, and `limit` caps the number of rows; otherwise the answer is 400.
    Only the retirement service (or a superuser) may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Args:
        cool_off_days (int):
        states (list[str]):
        limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[UserRetirementStatus]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        cool_off_days=cool_off_days,
        states=states,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cool_off_days: int,
    states: list[str],
    limit: int | Unset = UNSET,
) -> list[UserRetirementStatus]:
    """List queued retirements

    Returns the retirement status rows of the users in the given retirement states whose entry in the
    retirement queue is at least `cool_off_days` days old. `cool_off_days` and at least one state are
    required, every state must exist, and `limit` caps the number of rows; otherwise the answer is 400.
    Only the retirement service (or a superuser) may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Args:
        cool_off_days (int):
        states (list[str]):
        limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[UserRetirementStatus]
    """

    return (
        await asyncio_detailed(
            client=client,
            cool_off_days=cool_off_days,
            states=states,
            limit=limit,
        )
    ).parsed
