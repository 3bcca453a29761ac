from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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
) -> ErrorResponse | ExperimentKeyValue | None:
    if response.status_code == 201:
        response_201 = ExperimentKeyValue.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ExperimentKeyValue]:
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
) -> Response[ErrorResponse | ExperimentKeyValue]:
    """Create an experiment key-value pair

     Stores a key-value pair for an experiment. `experiment_id`, `key` and `value` must be sent; `id`,
    `created` and `modified` are set by the server.

    Args:
        body (ExperimentKeyValue): A key-value pair stored for one experiment; unlike experiment
            data, it documents no user. An experiment holds at most one pair per key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExperimentKeyValue]
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
) -> ErrorResponse | ExperimentKeyValue | None:
    """Create an experiment key-value pair

     Stores a key-value pair for an experiment. `experiment_id`, `key` and `value` must be sent; `id`,
    `created` and `modified` are set by the server.

    Args:
        body (ExperimentKeyValue): A key-value pair stored for one experiment; unlike experiment
            data, it documents no user. An experiment holds at most one pair per key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExperimentKeyValue
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentKeyValue,
) -> Response[ErrorResponse | ExperimentKeyValue]:
    """Create an experiment key-value pair

     Stores a key-value pair for an experiment. `experiment_id`, `key` and `value` must be sent; `id`,
    `created` and `modified` are set by the server.

    Args:
        body (ExperimentKeyValue): A key-value pair stored for one experiment; unlike experiment
            data, it documents no user. An experiment holds at most one pair per key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExperimentKeyValue]
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
) -> ErrorResponse | ExperimentKeyValue | None:
    """Create an experiment key-value pair

     Stores a key-value pair for an experiment. `experiment_id`, `key` and `value` must be sent; `id`,
    `created` and `modified` are set by the server.

    Args:
        body (ExperimentKeyValue): A key-value pair stored for one experiment; unlike experiment
            data, it documents no user. An experiment holds at most one pair per key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExperimentKeyValue
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
