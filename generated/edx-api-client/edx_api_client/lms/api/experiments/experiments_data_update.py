from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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
) -> ErrorResponse | ExperimentData | None:
    if response.status_code == 200:
        response_200 = ExperimentData.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ExperimentData]:
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
) -> Response[ErrorResponse | ExperimentData]:
    """Replace an experiment data record

     Writes the experiment data record `id`. `experiment_id`, `key` and `value` must be sent; `id`,
    `user`, `created` and `modified` are read-only.

    Args:
        id (int):
        body (ExperimentData): A value that a user holds under a key for one experiment. The user
            is set by the server. A user holds at most one record per experiment and key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExperimentData]
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
) -> ErrorResponse | ExperimentData | None:
    """Replace an experiment data record

     Writes the experiment data record `id`. `experiment_id`, `key` and `value` must be sent; `id`,
    `user`, `created` and `modified` are read-only.

    Args:
        id (int):
        body (ExperimentData): A value that a user holds under a key for one experiment. The user
            is set by the server. A user holds at most one record per experiment and key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExperimentData
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
) -> Response[ErrorResponse | ExperimentData]:
    """Replace an experiment data record

     Writes the experiment data record `id`. `experiment_id`, `key` and `value` must be sent; `id`,
    `user`, `created` and `modified` are read-only.

    Args:
        id (int):
        body (ExperimentData): A value that a user holds under a key for one experiment. The user
            is set by the server. A user holds at most one record per experiment and key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExperimentData]
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
) -> ErrorResponse | ExperimentData | None:
    """Replace an experiment data record

     Writes the experiment data record `id`. `experiment_id`, `key` and `value` must be sent; `id`,
    `user`, `created` and `modified` are read-only.

    Args:
        id (int):
        body (ExperimentData): A value that a user holds under a key for one experiment. The user
            is set by the server. A user holds at most one record per experiment and key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExperimentData
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
