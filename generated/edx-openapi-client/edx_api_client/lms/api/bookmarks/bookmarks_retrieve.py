from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bookmark import Bookmark
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
) -> Bookmark:
    if response.status_code == 200:
        response_200 = Bookmark.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Bookmark]:
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
) -> Response[Bookmark]:
    """Get one bookmark

    Returns the bookmark that the user named in the path holds on the content block named in the path;
    `fields` adds the optional fields, as on the list. Only the user named in the path may read it
    (anyone else, staff included, gets 403). A usage id that is not a usage key, or that the user has
    not bookmarked, answers 404.

    Who may call: the user named by `username`. Anyone else gets 403.

    Args:
        username (str):
        usage_id (str):
        fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Bookmark]: the status, headers, raw body and parsed body.
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
) -> Bookmark:
    """Get one bookmark

    Returns the bookmark that the user named in the path holds on the content block named in the path;
    `fields` adds the optional fields, as on the list. Only the user named in the path may read it
    (anyone else, staff included, gets 403). A usage id that is not a usage key, or that the user has
    not bookmarked, answers 404.

    Who may call: the user named by `username`. Anyone else gets 403.

    Args:
        username (str):
        usage_id (str):
        fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Bookmark
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
) -> Response[Bookmark]:
    """Get one bookmark

    Returns the bookmark that the user named in the path holds on the content block named in the path;
    `fields` adds the optional fields, as on the list. Only the user named in the path may read it
    (anyone else, staff included, gets 403). A usage id that is not a usage key, or that the user has
    not bookmarked, answers 404.

    Who may call: the user named by `username`. Anyone else gets 403.

    Args:
        username (str):
        usage_id (str):
        fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Bookmark]: the status, headers, raw body and parsed body.
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
) -> Bookmark:
    """Get one bookmark

    Returns the bookmark that the user named in the path holds on the content block named in the path;
    `fields` adds the optional fields, as on the list. Only the user named in the path may read it
    (anyone else, staff included, gets 403). A usage id that is not a usage key, or that the user has
    not bookmarked, answers 404.

    Who may call: the user named by `username`. Anyone else gets 403.

    Args:
        username (str):
        usage_id (str):
        fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Bookmark
    """

    return (
        await asyncio_detailed(
            username=username,
            usage_id=usage_id,
            client=client,
            fields=fields,
        )
    ).parsed
