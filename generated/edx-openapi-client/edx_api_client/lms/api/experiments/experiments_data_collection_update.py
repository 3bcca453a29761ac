from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.experiment_data import ExperimentData
from ...models.experiment_data_create import ExperimentDataCreate
from ...types import Response


def _get_kwargs(
    *,
    body: ExperimentData,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/experiments/v0/data/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExperimentData | ExperimentDataCreate:
    if response.status_code == 200:
        response_200 = ExperimentData.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ExperimentDataCreate.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExperimentData | ExperimentDataCreate]:
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
    body: ExperimentData,
) -> Response[ExperimentData | ExperimentDataCreate]:
    """Write an experiment data record without naming its id

    Writes the requesting user's record for the sent `experiment_id` and `key` (`value` required as
    well; `user` is read-only): updates it (200) when there is one, otherwise creates one as the create
    operation does (201). Needs a signed-in caller, and only ever touches the caller's own records.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Writes the caller's own
    record: the lookup by `experiment_id` and `key` is limited to the requesting user's records.

    Args:
        body (ExperimentData): A value that a user holds under a key for one experiment. The user
            is set by the server. A user holds at most one record per experiment and key.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ExperimentData | ExperimentDataCreate]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentData,
) -> ExperimentData | ExperimentDataCreate:
    """Write an experiment data record without naming its id

    Writes the requesting user's record for the sent `experiment_id` and `key` (`value` required as
    well; `user` is read-only): updates it (200) when there is one, otherwise creates one as the create
    operation does (201). Needs a signed-in caller, and only ever touches the caller's own records.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Writes the caller's own
    record: the lookup by `experiment_id` and `key` is limited to the requesting user's records.

    Args:
        body (ExperimentData): A value that a user holds under a key for one experiment. The user
            is set by the server. A user holds at most one record per experiment and key.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ExperimentData | ExperimentDataCreate
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentData,
) -> Response[ExperimentData | ExperimentDataCreate]:
    """Write an experiment data record without naming its id

    Writes the requesting user's record for the sent `experiment_id` and `key` (`value` required as
    well; `user` is read-only): updates it (200) when there is one, otherwise creates one as the create
    operation does (201). Needs a signed-in caller, and only ever touches the caller's own records.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Writes the caller's own
    record: the lookup by `experiment_id` and `key` is limited to the requesting user's records.

    Args:
        body (ExperimentData): A value that a user holds under a key for one experiment. The user
            is set by the server. A user holds at most one record per experiment and key.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ExperimentData | ExperimentDataCreate]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentData,
) -> ExperimentData | ExperimentDataCreate:
    """Write an experiment data record without naming its id

    Writes the requesting user's record for the sent `experiment_id` and `key` (`value` required as
    well; `user` is read-only): updates it (200) when there is one, otherwise creates one as the create
    operation does (201). Needs a signed-in caller, and only ever touches the caller's own records.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Writes the caller's own
    record: the lookup by `experiment_id` and `key` is limited to the requesting user's records.

    Args:
        body (ExperimentData): A value that a user holds under a key for one experiment. The user
            is set by the server. A user holds at most one record per experiment and key.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ExperimentData | ExperimentDataCreate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
