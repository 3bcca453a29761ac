from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_content_item_list import PaginatedContentItemList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    catalog_id: str,
    *,
    content_keys: list[str] | Unset = UNSET,
    traverse_pagination: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_content_keys: list[str] | Unset = UNSET
    if not isinstance(content_keys, Unset):
        json_content_keys = content_keys

    params["content_keys"] = json_content_keys

    params["traverse_pagination"] = traverse_pagination

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v2/enterprise-catalogs/{catalog_id}".format(
            catalog_id=quote(str(catalog_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedContentItemList:
    if response.status_code == 200:
        response_200 = PaginatedContentItemList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedContentItemList]:
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
    catalog_id: str,
    *,
    client: AuthenticatedClient | Client,
    content_keys: list[str] | Unset = UNSET,
    traverse_pagination: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
) -> Response[PaginatedContentItemList]:
    """List the content items of an enterprise catalog

    Returns, a page at a time, the active content of one catalog: courses with a run that is open for
    enrollment now or later, and the catalog's course runs and programs. Use `page_size` to choose the
    page size and `content_keys` to pick items; each result is a course, course run or program content
    item, and the key or UUID of an item retrieves it alone through the courses, course-runs or programs
    operations. Learners and administrators of the enterprise that owns the catalog, and enterprise
    operators, may call it; anyone else is refused 403. An unknown catalog is answered 404. The service
    answers JSON or XML; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `catalog_id`, a learner of the enterprise of
    `catalog_id`, or the service worker of another edX service. Anyone else gets 403. Checked against
    the enterprise that owns the catalog named by catalog_id (the parameter names a catalog, not an
    enterprise): its learners and admins may read the content, as may enterprise operators for every
    enterprise; anyone else, global staff included, is refused 403. An unknown catalog is answered 404
    before the check.

    Args:
        catalog_id (str):
        content_keys (list[str] | Unset):
        traverse_pagination (str | Unset):
        page (int | Unset):
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedContentItemList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        content_keys=content_keys,
        traverse_pagination=traverse_pagination,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog_id: str,
    *,
    client: AuthenticatedClient | Client,
    content_keys: list[str] | Unset = UNSET,
    traverse_pagination: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
) -> PaginatedContentItemList:
    """List the content items of an enterprise catalog

    Returns, a page at a time, the active content of one catalog: courses with a run that is open for
    enrollment now or later, and the catalog's course runs and programs. Use `page_size` to choose the
    page size and `content_keys` to pick items; each result is a course, course run or program content
    item, and the key or UUID of an item retrieves it alone through the courses, course-runs or programs
    operations. Learners and administrators of the enterprise that owns the catalog, and enterprise
    operators, may call it; anyone else is refused 403. An unknown catalog is answered 404. The service
    answers JSON or XML; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `catalog_id`, a learner of the enterprise of
    `catalog_id`, or the service worker of another edX service. Anyone else gets 403. Checked against
    the enterprise that owns the catalog named by catalog_id (the parameter names a catalog, not an
    enterprise): its learners and admins may read the content, as may enterprise operators for every
    enterprise; anyone else, global staff included, is refused 403. An unknown catalog is answered 404
    before the check.

    Args:
        catalog_id (str):
        content_keys (list[str] | Unset):
        traverse_pagination (str | Unset):
        page (int | Unset):
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedContentItemList
    """

    return sync_detailed(
        catalog_id=catalog_id,
        client=client,
        content_keys=content_keys,
        traverse_pagination=traverse_pagination,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    catalog_id: str,
    *,
    client: AuthenticatedClient | Client,
    content_keys: list[str] | Unset = UNSET,
    traverse_pagination: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
) -> Response[PaginatedContentItemList]:
    """List the content items of an enterprise catalog

    Returns, a page at a time, the active content of one catalog: courses with a run that is open for
    enrollment now or later, and the catalog's course runs and programs. Use `page_size` to choose the
    page size and `content_keys` to pick items; each result is a course, course run or program content
    item, and the key or UUID of an item retrieves it alone through the courses, course-runs or programs
    operations. Learners and administrators of the enterprise that owns the catalog, and enterprise
    operators, may call it; anyone else is refused 403. An unknown catalog is answered 404. The service
    answers JSON or XML; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `catalog_id`, a learner of the enterprise of
    `catalog_id`, or the service worker of another edX service. Anyone else gets 403. Checked against
    the enterprise that owns the catalog named by catalog_id (the parameter names a catalog, not an
    enterprise): its learners and admins may read the content, as may enterprise operators for every
    enterprise; anyone else, global staff included, is refused 403. An unknown catalog is answered 404
    before the check.

    Args:
        catalog_id (str):
        content_keys (list[str] | Unset):
        traverse_pagination (str | Unset):
        page (int | Unset):
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedContentItemList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        content_keys=content_keys,
        traverse_pagination=traverse_pagination,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog_id: str,
    *,
    client: AuthenticatedClient | Client,
    content_keys: list[str] | Unset = UNSET,
    traverse_pagination: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
) -> PaginatedContentItemList:
    """List the content items of an enterprise catalog

    Returns, a page at a time, the active content of one catalog: courses with a run that is open for
    enrollment now or later, and the catalog's course runs and programs. Use `page_size` to choose the
    page size and `content_keys` to pick items; each result is a course, course run or program content
    item, and the key or UUID of an item retrieves it alone through the courses, course-runs or programs
    operations. Learners and administrators of the enterprise that owns the catalog, and enterprise
    operators, may call it; anyone else is refused 403. An unknown catalog is answered 404. The service
    answers JSON or XML; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `catalog_id`, a learner of the enterprise of
    `catalog_id`, or the service worker of another edX service. Anyone else gets 403. Checked against
    the enterprise that owns the catalog named by catalog_id (the parameter names a catalog, not an
    enterprise): its learners and admins may read the content, as may enterprise operators for every
    enterprise; anyone else, global staff included, is refused 403. An unknown catalog is answered 404
    before the check.

    Args:
        catalog_id (str):
        content_keys (list[str] | Unset):
        traverse_pagination (str | Unset):
        page (int | Unset):
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedContentItemList
    """

    return (
        await asyncio_detailed(
            catalog_id=catalog_id,
            client=client,
            content_keys=content_keys,
            traverse_pagination=traverse_pagination,
            page=page,
            page_size=page_size,
        )
    ).parsed
