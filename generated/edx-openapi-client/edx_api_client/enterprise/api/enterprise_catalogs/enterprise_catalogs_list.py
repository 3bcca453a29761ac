from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_enterprise_catalog_list import PaginatedEnterpriseCatalogList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    enterprise_customer: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_enterprise_customer: str | Unset = UNSET
    if not isinstance(enterprise_customer, Unset):
        json_enterprise_customer = str(enterprise_customer)
    params["enterprise_customer"] = json_enterprise_customer

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v2/enterprise-catalogs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedEnterpriseCatalogList:
    if response.status_code == 200:
        response_200 = PaginatedEnterpriseCatalogList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedEnterpriseCatalogList]:
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
    enterprise_customer: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedEnterpriseCatalogList]:
    """List the enterprise catalogs

    Returns, a page at a time, the course catalogs of the enterprise organizations the caller
    administers (every catalog for enterprise operators); `enterprise_customer` narrows the list to one
    enterprise. A caller who administers no enterprise is refused 403; global staff are let through but
    see only the catalogs their roles cover. The page envelope's `count`, `next`, `previous` and
    `results` are the shared pagination values; each result is one catalog. The service answers JSON or
    XML; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `enterprise_customer`, the service worker of
    another edX service, or global staff. Anyone else gets 403. The list is cut down to the enterprises
    where the caller has the catalog admin role (an enterprise admin for their own enterprise; an
    enterprise operator or an enterprise_catalog_admin service user for every one), so filtering on
    another enterprise answers an empty page rather than 403. Provisioning admins and Django superusers
    see every catalog. A caller with the role nowhere is refused 403, except global staff, who are let
    through and get an empty page without the role.

    Args:
        enterprise_customer (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedEnterpriseCatalogList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        enterprise_customer=enterprise_customer,
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
    enterprise_customer: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedEnterpriseCatalogList:
    """List the enterprise catalogs

    Returns, a page at a time, the course catalogs of the enterprise organizations the caller
    administers (every catalog for enterprise operators); `enterprise_customer` narrows the list to one
    enterprise. A caller who administers no enterprise is refused 403; global staff are let through but
    see only the catalogs their roles cover. The page envelope's `count`, `next`, `previous` and
    `results` are the shared pagination values; each result is one catalog. The service answers JSON or
    XML; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `enterprise_customer`, the service worker of
    another edX service, or global staff. Anyone else gets 403. The list is cut down to the enterprises
    where the caller has the catalog admin role (an enterprise admin for their own enterprise; an
    enterprise operator or an enterprise_catalog_admin service user for every one), so filtering on
    another enterprise answers an empty page rather than 403. Provisioning admins and Django superusers
    see every catalog. A caller with the role nowhere is refused 403, except global staff, who are let
    through and get an empty page without the role.

    Args:
        enterprise_customer (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedEnterpriseCatalogList
    """

    return sync_detailed(
        client=client,
        enterprise_customer=enterprise_customer,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    enterprise_customer: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedEnterpriseCatalogList]:
    """List the enterprise catalogs

    Returns, a page at a time, the course catalogs of the enterprise organizations the caller
    administers (every catalog for enterprise operators); `enterprise_customer` narrows the list to one
    enterprise. A caller who administers no enterprise is refused 403; global staff are let through but
    see only the catalogs their roles cover. The page envelope's `count`, `next`, `previous` and
    `results` are the shared pagination values; each result is one catalog. The service answers JSON or
    XML; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `enterprise_customer`, the service worker of
    another edX service, or global staff. Anyone else gets 403. The list is cut down to the enterprises
    where the caller has the catalog admin role (an enterprise admin for their own enterprise; an
    enterprise operator or an enterprise_catalog_admin service user for every one), so filtering on
    another enterprise answers an empty page rather than 403. Provisioning admins and Django superusers
    see every catalog. A caller with the role nowhere is refused 403, except global staff, who are let
    through and get an empty page without the role.

    Args:
        enterprise_customer (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedEnterpriseCatalogList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        enterprise_customer=enterprise_customer,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    enterprise_customer: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedEnterpriseCatalogList:
    """List the enterprise catalogs

    Returns, a page at a time, the course catalogs of the enterprise organizations the caller
    administers (every catalog for enterprise operators); `enterprise_customer` narrows the list to one
    enterprise. A caller who administers no enterprise is refused 403; global staff are let through but
    see only the catalogs their roles cover. The page envelope's `count`, `next`, `previous` and
    `results` are the shared pagination values; each result is one catalog. The service answers JSON or
    XML; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `enterprise_customer`, the service worker of
    another edX service, or global staff. Anyone else gets 403. The list is cut down to the enterprises
    where the caller has the catalog admin role (an enterprise admin for their own enterprise; an
    enterprise operator or an enterprise_catalog_admin service user for every one), so filtering on
    another enterprise answers an empty page rather than 403. Provisioning admins and Django superusers
    see every catalog. A caller with the role nowhere is refused 403, except global staff, who are let
    through and get an empty page without the role.

    Args:
        enterprise_customer (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedEnterpriseCatalogList
    """

    return (
        await asyncio_detailed(
            client=client,
            enterprise_customer=enterprise_customer,
            page=page,
            page_size=page_size,
        )
    ).parsed
