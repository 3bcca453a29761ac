from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.courses_block_tree import CoursesBlockTree
from ...models.courses_blocks_v2_retrieve_return_type import (
    CoursesBlocksV2RetrieveReturnType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    usage_key_string: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV2RetrieveReturnType
    | Unset = CoursesBlocksV2RetrieveReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["all_blocks"] = all_blocks

    params["username"] = username

    json_student_view_data: list[str] | Unset = UNSET
    if not isinstance(student_view_data, Unset):
        json_student_view_data = student_view_data

    params["student_view_data"] = json_student_view_data

    json_block_counts: list[str] | Unset = UNSET
    if not isinstance(block_counts, Unset):
        json_block_counts = block_counts

    params["block_counts"] = json_block_counts

    json_requested_fields: list[str] | Unset = UNSET
    if not isinstance(requested_fields, Unset):
        json_requested_fields = requested_fields

    params["requested_fields"] = json_requested_fields

    params["depth"] = depth

    params["nav_depth"] = nav_depth

    json_return_type: str | Unset = UNSET
    if not isinstance(return_type, Unset):
        json_return_type = return_type.value

    params["return_type"] = json_return_type

    json_block_types_filter: list[str] | Unset = UNSET
    if not isinstance(block_types_filter, Unset):
        json_block_types_filter = block_types_filter

    params["block_types_filter"] = json_block_types_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/courses/v2/blocks/{usage_key_string}".format(
            usage_key_string=quote(str(usage_key_string), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoursesBlockTree:
    if response.status_code == 200:
        response_200 = CoursesBlockTree.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CoursesBlockTree]:
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
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV2RetrieveReturnType
    | Unset = CoursesBlocksV2RetrieveReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> Response[CoursesBlockTree]:
    """Get a block tree

    Returns the blocks of the tree rooted at the given block, as far as the named user's access allows,
    either as a map keyed by usage ID or as a list. Query parameters choose whose view of the course is
    returned, how deep to go, which optional fields, student view data and block counts to include, and
    which block types to keep. No sign-in is needed for the anonymous view of a public course (empty
    `username`); naming another user or asking for `all_blocks` needs staff access to the course (403
    otherwise). An unknown block is answered 404. The same operation is served under `/courses/v1/`.

    Who may call: anyone, signed in or not. No sign-in is needed: an empty `username` asks for what
    anonymous users see of a public course. Naming another user than oneself, or asking for
    `all_blocks`, needs staff access to the course (403 otherwise); what is returned is limited to what
    the named user may see.

    Args:
        usage_key_string (str):
        page (int | Unset):
        page_size (int | Unset):
        all_blocks (bool | Unset):
        username (str | Unset):
        student_view_data (list[str] | Unset):
        block_counts (list[str] | Unset):
        requested_fields (list[str] | Unset):
        depth (str | Unset):  Default: '0'.
        nav_depth (int | Unset):  Default: 3.
        return_type (CoursesBlocksV2RetrieveReturnType | Unset):  Default:
            CoursesBlocksV2RetrieveReturnType.DICT.
        block_types_filter (list[str] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursesBlockTree]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        usage_key_string=usage_key_string,
        page=page,
        page_size=page_size,
        all_blocks=all_blocks,
        username=username,
        student_view_data=student_view_data,
        block_counts=block_counts,
        requested_fields=requested_fields,
        depth=depth,
        nav_depth=nav_depth,
        return_type=return_type,
        block_types_filter=block_types_filter,
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
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV2RetrieveReturnType
    | Unset = CoursesBlocksV2RetrieveReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> CoursesBlockTree:
    """Get a block tree

    Returns the blocks of the tree rooted at the given block, as far as the named user's access allows,
    either as a map keyed by usage ID or as a list. Query parameters choose whose view of the course is
    returned, how deep to go, which optional fields, student view data and block counts to include, and
    which block types to keep. No sign-in is needed for the anonymous view of a public course (empty
    `username`); naming another user or asking for `all_blocks` needs staff access to the course (403
    otherwise). An unknown block is answered 404. The same operation is served under `/courses/v1/`.

    Who may call: anyone, signed in or not. No sign-in is needed: an empty `username` asks for what
    anonymous users see of a public course. Naming another user than oneself, or asking for
    `all_blocks`, needs staff access to the course (403 otherwise); what is returned is limited to what
    the named user may see.

    Args:
        usage_key_string (str):
        page (int | Unset):
        page_size (int | Unset):
        all_blocks (bool | Unset):
        username (str | Unset):
        student_view_data (list[str] | Unset):
        block_counts (list[str] | Unset):
        requested_fields (list[str] | Unset):
        depth (str | Unset):  Default: '0'.
        nav_depth (int | Unset):  Default: 3.
        return_type (CoursesBlocksV2RetrieveReturnType | Unset):  Default:
            CoursesBlocksV2RetrieveReturnType.DICT.
        block_types_filter (list[str] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursesBlockTree
    """

    return sync_detailed(
        usage_key_string=usage_key_string,
        client=client,
        page=page,
        page_size=page_size,
        all_blocks=all_blocks,
        username=username,
        student_view_data=student_view_data,
        block_counts=block_counts,
        requested_fields=requested_fields,
        depth=depth,
        nav_depth=nav_depth,
        return_type=return_type,
        block_types_filter=block_types_filter,
    ).parsed


async def asyncio_detailed(
    usage_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV2RetrieveReturnType
    | Unset = CoursesBlocksV2RetrieveReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> Response[CoursesBlockTree]:
    """Get a block tree

    Returns the blocks of the tree rooted at the given block, as far as the named user's access allows,
    either as a map keyed by usage ID or as a list. Query parameters choose whose view of the course is
    returned, how deep to go, which optional fields, student view data and block counts to include, and
    which block types to keep. No sign-in is needed for the anonymous view of a public course (empty
    `username`); naming another user or asking for `all_blocks` needs staff access to the course (403
    otherwise). An unknown block is answered 404. The same operation is served under `/courses/v1/`.

    Who may call: anyone, signed in or not. No sign-in is needed: an empty `username` asks for what
    anonymous users see of a public course. Naming another user than oneself, or asking for
    `all_blocks`, needs staff access to the course (403 otherwise); what is returned is limited to what
    the named user may see.

    Args:
        usage_key_string (str):
        page (int | Unset):
        page_size (int | Unset):
        all_blocks (bool | Unset):
        username (str | Unset):
        student_view_data (list[str] | Unset):
        block_counts (list[str] | Unset):
        requested_fields (list[str] | Unset):
        depth (str | Unset):  Default: '0'.
        nav_depth (int | Unset):  Default: 3.
        return_type (CoursesBlocksV2RetrieveReturnType | Unset):  Default:
            CoursesBlocksV2RetrieveReturnType.DICT.
        block_types_filter (list[str] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursesBlockTree]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        usage_key_string=usage_key_string,
        page=page,
        page_size=page_size,
        all_blocks=all_blocks,
        username=username,
        student_view_data=student_view_data,
        block_counts=block_counts,
        requested_fields=requested_fields,
        depth=depth,
        nav_depth=nav_depth,
        return_type=return_type,
        block_types_filter=block_types_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    usage_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV2RetrieveReturnType
    | Unset = CoursesBlocksV2RetrieveReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> CoursesBlockTree:
    """Get a block tree

    Returns the blocks of the tree rooted at the given block, as far as the named user's access allows,
    either as a map keyed by usage ID or as a list. Query parameters choose whose view of the course is
    returned, how deep to go, which optional fields, student view data and block counts to include, and
    which block types to keep. No sign-in is needed for the anonymous view of a public course (empty
    `username`); naming another user or asking for `all_blocks` needs staff access to the course (403
    otherwise). An unknown block is answered 404. The same operation is served under `/courses/v1/`.

    Who may call: anyone, signed in or not. No sign-in is needed: an empty `username` asks for what
    anonymous users see of a public course. Naming another user than oneself, or asking for
    `all_blocks`, needs staff access to the course (403 otherwise); what is returned is limited to what
    the named user may see.

    Args:
        usage_key_string (str):
        page (int | Unset):
        page_size (int | Unset):
        all_blocks (bool | Unset):
        username (str | Unset):
        student_view_data (list[str] | Unset):
        block_counts (list[str] | Unset):
        requested_fields (list[str] | Unset):
        depth (str | Unset):  Default: '0'.
        nav_depth (int | Unset):  Default: 3.
        return_type (CoursesBlocksV2RetrieveReturnType | Unset):  Default:
            CoursesBlocksV2RetrieveReturnType.DICT.
        block_types_filter (list[str] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursesBlockTree
    """

    return (
        await asyncio_detailed(
            usage_key_string=usage_key_string,
            client=client,
            page=page,
            page_size=page_size,
            all_blocks=all_blocks,
            username=username,
            student_view_data=student_view_data,
            block_counts=block_counts,
            requested_fields=requested_fields,
            depth=depth,
            nav_depth=nav_depth,
            return_type=return_type,
            block_types_filter=block_types_filter,
        )
    ).parsed
