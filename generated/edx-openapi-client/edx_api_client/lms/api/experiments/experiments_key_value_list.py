from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_experiment_key_value_list import (
    PaginatedExperimentKeyValueList,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    experiment_id: float | Unset = UNSET,
    key: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["experiment_id"] = experiment_id

    params["key"] = key

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/experiments/v0/key-value/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedExperimentKeyValueList:
    if response.status_code == 200:
        response_200 = PaginatedExperimentKeyValueList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedExperimentKeyValueList]:
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
    experiment_id: float | Unset = UNSET,
    key: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedExperimentKeyValueList]:
    """List experiment key-value pairs

    Returns experiment key-value pairs one page at a time; `experiment_id` and `key` narrow the list to
    one experiment and one key. Anyone may read them, signed in or not.

    Who may call: anyone, signed in or not.

    Args:
        experiment_id (float | Unset):
        key (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedExperimentKeyValueList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        key=key,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    experiment_id: float | Unset = UNSET,
    key: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedExperimentKeyValueList:
    """List experiment key-value pairs

    Returns experiment key-value pairs one page at a time; `experiment_id` and `key` narrow the list to
    one experiment and one key. Anyone may read them, signed in or not.

    Who may call: anyone, signed in or not.

    Args:
        experiment_id (float | Unset):
        key (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedExperimentKeyValueList
    """

    return sync_detailed(
        client=client,
        experiment_id=experiment_id,
        key=key,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    experiment_id: float | Unset = UNSET,
    key: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedExperimentKeyValueList]:
    """List experiment key-value pairs

    Returns experiment key-value pairs one page at a time; `experiment_id` and `key` narrow the list to
    one experiment and one key. Anyone may read them, signed in or not.

    Who may call: anyone, signed in or not.

    Args:
        experiment_id (float | Unset):
        key (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedExperimentKeyValueList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        key=key,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    experiment_id: float | Unset = UNSET,
    key: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedExperimentKeyValueList:
    """List experiment key-value pairs

    Returns experiment key-value pairs one page at a time; `experiment_id` and `key` narrow the list to
    one experiment and one key. Anyone may read them, signed in or not.

    Who may call: anyone, signed in or not.

    Args:
        experiment_id (float | Unset):
        key (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedExperimentKeyValueList
    """

    return (
        await asyncio_detailed(
            client=client,
            experiment_id=experiment_id,
            key=key,
            page=page,
            page_size=page_size,
        )
    ).parsed
