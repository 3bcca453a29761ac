from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.experiment_data import ExperimentData
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: ExperimentData,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/experiments/v0/data/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExperimentData:
    if response.status_code == 200:
        response_200 = ExperimentData.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExperimentData]:
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentData,
) -> Response[ExperimentData]:
    """Replace an experiment data record

    Writes the experiment data record `id`. `experiment_id`, `key` and `value` must be sent; `id`,
    `user`, `created` and `modified` are read-only. Needs a signed-in caller; a record that is not the
    caller's own is answered 404.

    Who may call: the signed-in user, about themself. Anyone else gets 404. The records are looked up
    among the requesting user's own, so a record of another user (even for global staff) is answered
    404.

    Args:
        id (int):
        body (ExperimentData): A value that a user holds under a key for one experiment. The user
            is set by the server. A user holds at most one record per experiment and key.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ExperimentData]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentData,
) -> ExperimentData:
    """Replace an experiment data record

    Writes the experiment data record `id`. `experiment_id`, `key` and `value` must be sent; `id`,
    `user`, `created` and `modified` are read-only. Needs a signed-in caller; a record that is not the
    caller's own is answered 404.

    Who may call: the signed-in user, about themself. Anyone else gets 404. The records are looked up
    among the requesting user's own, so a record of another user (even for global staff) is answered
    404.

    Args:
        id (int):
        body (ExperimentData): A value that a user holds under a key for one experiment. The user
            is set by the server. A user holds at most one record per experiment and key.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ExperimentData
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentData,
) -> Response[ExperimentData]:
    """Replace an experiment data record

    Writes the experiment data record `id`. `experiment_id`, `key` and `value` must be sent; `id`,
    `user`, `created` and `modified` are read-only. Needs a signed-in caller; a record that is not the
    caller's own is answered 404.

    Who may call: the signed-in user, about themself. Anyone else gets 404. The records are looked up
    among the requesting user's own, so a record of another user (even for global staff) is answered
    404.

    Args:
        id (int):
        body (ExperimentData): A value that a user holds under a key for one experiment. The user
            is set by the server. A user holds at most one record per experiment and key.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ExperimentData]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentData,
) -> ExperimentData:
    """Replace an experiment data record

    Writes the experiment data record `id`. `experiment_id`, `key` and `value` must be sent; `id`,
    `user`, `created` and `modified` are read-only. Needs a signed-in caller; a record that is not the
    caller's own is answered 404.

    Who may call: the signed-in user, about themself. Anyone else gets 404. The records are looked up
    among the requesting user's own, so a record of another user (even for global staff) is answered
    404.

    Args:
        id (int):
        body (ExperimentData): A value that a user holds under a key for one experiment. The user
            is set by the server. A user holds at most one record per experiment and key.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ExperimentData
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
