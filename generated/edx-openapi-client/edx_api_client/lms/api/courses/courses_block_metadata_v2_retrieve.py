from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.courses_block_metadata import CoursesBlockMetadata
from ...models.courses_block_metadata_v2_retrieve_include_item import (
    CoursesBlockMetadataV2RetrieveIncludeItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    usage_key_string: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include: list[CoursesBlockMetadataV2RetrieveIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/courses/v2/block_metadata/{usage_key_string}".format(
            usage_key_string=quote(str(usage_key_string), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoursesBlockMetadata:
    if response.status_code == 200:
        response_200 = CoursesBlockMetadata.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CoursesBlockMetadata]:
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
    usage_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include: list[CoursesBlockMetadataV2RetrieveIncludeItem] | Unset = UNSET,
) -> Response[CoursesBlockMetadata]:
    """Get a block's metadata

    Returns the metadata of one course block: its usage key and type and, when asked for through the
    `include` parameter, its `index_dictionary` (typically the block's text content, used for search
    indexing); such data is served here because it is too large for the cache behind the course blocks
    API. Only staff of the block's course (and global staff) may call it; others get 403. An invalid
    usage key is answered 400, an unknown block 404. The same operation is served under `/courses/v1/`.

    Who may call: staff of the course `usage_key_string`, or global staff. Anyone else gets 403. The
    course is the one the block belongs to; staff access to it is checked (course staff or instructor,
    or global staff), and a caller without it gets 403.

    Args:
        usage_key_string (str):
        page (int | Unset):
        page_size (int | Unset):
        include (list[CoursesBlockMetadataV2RetrieveIncludeItem] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursesBlockMetadata]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        usage_key_string=usage_key_string,
        page=page,
        page_size=page_size,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    usage_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include: list[CoursesBlockMetadataV2RetrieveIncludeItem] | Unset = UNSET,
) -> CoursesBlockMetadata:
    """Get a block's metadata

    Returns the metadata of one course block: its usage key and type and, when asked for through the
    `include` parameter, its `index_dictionary` (typically the block's text content, used for search
    indexing); such data is served here because it is too large for the cache behind the course blocks
    API. Only staff of the block's course (and global staff) may call it; others get 403. An invalid
    usage key is answered 400, an unknown block 404. The same operation is served under `/courses/v1/`.

    Who may call: staff of the course `usage_key_string`, or global staff. Anyone else gets 403. The
    course is the one the block belongs to; staff access to it is checked (course staff or instructor,
    or global staff), and a caller without it gets 403.

    Args:
        usage_key_string (str):
        page (int | Unset):
        page_size (int | Unset):
        include (list[CoursesBlockMetadataV2RetrieveIncludeItem] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursesBlockMetadata
    """

    return sync_detailed(
        usage_key_string=usage_key_string,
        client=client,
        page=page,
        page_size=page_size,
        include=include,
    ).parsed


async def asyncio_detailed(
    usage_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include: list[CoursesBlockMetadataV2RetrieveIncludeItem] | Unset = UNSET,
) -> Response[CoursesBlockMetadata]:
    """Get a block's metadata

    Returns the metadata of one course block: its usage key and type and, when asked for through the
    `include` parameter, its `index_dictionary` (typically the block's text content, used for search
    indexing); such data is served here because it is too large for the cache behind the course blocks
    API. Only staff of the block's course (and global staff) may call it; others get 403. An invalid
    usage key is answered 400, an unknown block 404. The same operation is served under `/courses/v1/`.

    Who may call: staff of the course `usage_key_string`, or global staff. Anyone else gets 403. The
    course is the one the block belongs to; staff access to it is checked (course staff or instructor,
    or global staff), and a caller without it gets 403.

    Args:
        usage_key_string (str):
        page (int | Unset):
        page_size (int | Unset):
        include (list[CoursesBlockMetadataV2RetrieveIncludeItem] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursesBlockMetadata]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        usage_key_string=usage_key_string,
        page=page,
        page_size=page_size,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    usage_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include: list[CoursesBlockMetadataV2RetrieveIncludeItem] | Unset = UNSET,
) -> CoursesBlockMetadata:
    """Get a block's metadata

    Returns the metadata of one course block: its usage key and type and, when asked for through the
    `include` parameter, its `index_dictionary` (typically the block's text content, used for search
    indexing); such data is served here because it is too large for the cache behind the course blocks
    API. Only staff of the block's course (and global staff) may call it; others get 403. An invalid
    usage key is answered 400, an unknown block 404. The same operation is served under `/courses/v1/`.

    Who may call: staff of the course `usage_key_string`, or global staff. Anyone else gets 403. The
    course is the one the block belongs to; staff access to it is checked (course staff or instructor,
    or global staff), and a caller without it gets 403.

    Args:
        usage_key_string (str):
        page (int | Unset):
        page_size (int | Unset):
        include (list[CoursesBlockMetadataV2RetrieveIncludeItem] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursesBlockMetadata
    """

    return (
        await asyncio_detailed(
            usage_key_string=usage_key_string,
            client=client,
            page=page,
            page_size=page_size,
            include=include,
        )
    ).parsed
