from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.experiment_key_value import ExperimentKeyValue
from ...models.experiment_key_value_patch import ExperimentKeyValuePatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: ExperimentKeyValuePatch | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/experiments/v0/key-value/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExperimentKeyValue | None:
    if response.status_code == 200:
        response_200 = ExperimentKeyValue.from_dict(response.json())

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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentKeyValuePatch | Unset = UNSET,
) -> Response[ErrorResponse | ExperimentKeyValue]:
    """Update part of an experiment key-value pair

     Changes the experiment key-value pair `id`. The doc documents the same body, with the same required
    fields, as for PUT.

    Args:
        id (int):
        body (ExperimentKeyValuePatch | Unset): The fields of an experiment key-value pair to
            change; any subset may be sent. `id`, `created` and `modified` are set by the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExperimentKeyValue]
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
    body: ExperimentKeyValuePatch | Unset = UNSET,
) -> ErrorResponse | ExperimentKeyValue | None:
    """Update part of an experiment key-value pair

     Changes the experiment key-value pair `id`. The doc documents the same body, with the same required
    fields, as for PUT.

    Args:
        id (int):
        body (ExperimentKeyValuePatch | Unset): The fields of an experiment key-value pair to
            change; any subset may be sent. `id`, `created` and `modified` are set by the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExperimentKeyValue
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
    body: ExperimentKeyValuePatch | Unset = UNSET,
) -> Response[ErrorResponse | ExperimentKeyValue]:
    """Update part of an experiment key-value pair

     Changes the experiment key-value pair `id`. The doc documents the same body, with the same required
    fields, as for PUT.

    Args:
        id (int):
        body (ExperimentKeyValuePatch | Unset): The fields of an experiment key-value pair to
            change; any subset may be sent. `id`, `created` and `modified` are set by the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExperimentKeyValue]
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
    body: ExperimentKeyValuePatch | Unset = UNSET,
) -> ErrorResponse | ExperimentKeyValue | None:
    """Update part of an experiment key-value pair

     Changes the experiment key-value pair `id`. The doc documents the same body, with the same required
    fields, as for PUT.

    Args:
        id (int):
        body (ExperimentKeyValuePatch | Unset): The fields of an experiment key-value pair to
            change; any subset may be sent. `id`, `created` and `modified` are set by the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExperimentKeyValue
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
