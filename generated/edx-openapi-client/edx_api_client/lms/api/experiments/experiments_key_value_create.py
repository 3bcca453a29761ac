from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.experiment_key_value import ExperimentKeyValue
from ...types import Response


def _get_kwargs(
    *,
    body: ExperimentKeyValue,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/experiments/v0/key-value/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExperimentKeyValue:
    if response.status_code == 201:
        response_201 = ExperimentKeyValue.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExperimentKeyValue]:
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
    body: ExperimentKeyValue,
) -> Response[ExperimentKeyValue]:
    """Create an experiment key-value pair

    Stores a key-value pair for an experiment. `experiment_id`, `key` and `value` must be sent; `id`,
    `created` and `modified` are set by the server. Only global staff may write them (others get 403).

    Who may call: global staff. Anyone else gets 403.

    Args:
        body (ExperimentKeyValue): A key-value pair stored for one experiment; unlike experiment
            data, it documents no user. An experiment holds at most one pair per key.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ExperimentKeyValue]: the status, headers, raw body and parsed body.
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
    body: ExperimentKeyValue,
) -> ExperimentKeyValue:
    """Create an experiment key-value pair

    Stores a key-value pair for an experiment. `experiment_id`, `key` and `value` must be sent; `id`,
    `created` and `modified` are set by the server. Only global staff may write them (others get 403).

    Who may call: global staff. Anyone else gets 403.

    Args:
        body (ExperimentKeyValue): A key-value pair stored for one experiment; unlike experiment
            data, it documents no user. An experiment holds at most one pair per key.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ExperimentKeyValue
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentKeyValue,
) -> Response[ExperimentKeyValue]:
    """Create an experiment key-value pair

    Stores a key-value pair for an experiment. `experiment_id`, `key` and `value` must be sent; `id`,
    `created` and `modified` are set by the server. Only global staff may write them (others get 403).

    Who may call: global staff. Anyone else gets 403.

    Args:
        body (ExperimentKeyValue): A key-value pair stored for one experiment; unlike experiment
            data, it documents no user. An experiment holds at most one pair per key.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ExperimentKeyValue]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentKeyValue,
) -> ExperimentKeyValue:
    """Create an experiment key-value pair

    Stores a key-value pair for an experiment. `experiment_id`, `key` and `value` must be sent; `id`,
    `created` and `modified` are set by the server. Only global staff may write them (others get 403).

    Who may call: global staff. Anyone else gets 403.

    Args:
        body (ExperimentKeyValue): A key-value pair stored for one experiment; unlike experiment
            data, it documents no user. An experiment holds at most one pair per key.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ExperimentKeyValue
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
