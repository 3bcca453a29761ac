from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bookmark import Bookmark
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    username: str,
    usage_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bookmarks/v1/bookmarks/{username},{usage_id}/".format(
            username=quote(str(username), safe=""),
            usage_id=quote(str(usage_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Bookmark | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Bookmark.from_dict(response.json())

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
) -> Response[Bookmark | ErrorResponse]:
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
    usage_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Bookmark | ErrorResponse]:
    """Get one bookmark

     Returns the bookmark that the user named in the path holds on the content block named in the path.
    The doc does not describe the body beyond calling it a bookmark.

    Args:
        username (str):
        usage_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bookmark | ErrorResponse]
    """

    kwargs = _get_kwargs(
        username=username,
        usage_id=usage_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    usage_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Bookmark | ErrorResponse | None:
    """Get one bookmark

     Returns the bookmark that the user named in the path holds on the content block named in the path.
    The doc does not describe the body beyond calling it a bookmark.

    Args:
        username (str):
        usage_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bookmark | ErrorResponse
    """

    return sync_detailed(
        username=username,
        usage_id=usage_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    username: str,
    usage_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Bookmark | ErrorResponse]:
    """Get one bookmark

     Returns the bookmark that the user named in the path holds on the content block named in the path.
    The doc does not describe the body beyond calling it a bookmark.

    Args:
        username (str):
        usage_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bookmark | ErrorResponse]
    """

    kwargs = _get_kwargs(
        username=username,
        usage_id=usage_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    usage_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Bookmark | ErrorResponse | None:
    """Get one bookmark

     Returns the bookmark that the user named in the path holds on the content block named in the path.
    The doc does not describe the body beyond calling it a bookmark.

    Args:
        username (str):
        usage_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bookmark | ErrorResponse
    """

    return (
        await asyncio_detailed(
            username=username,
            usage_id=usage_id,
            client=client,
            fields=fields,
        )
    ).parsed
