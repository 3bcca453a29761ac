from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course import Course
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    catalog_id: str,
    course_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v2/enterprise-catalogs/{catalog_id}/courses/{course_key}".format(
            catalog_id=quote(str(catalog_id), safe=""),
            course_key=quote(str(course_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Course | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Course.from_dict(response.json())

        return response_200

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
) -> Response[Course | ErrorResponse]:
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
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Course | ErrorResponse]:
    """Retrieve a course of an enterprise catalog

     Returns one course of a catalog, with its course runs, as described in Fields in a course Content
    Item (§3.12.1). The course key is the `key` of a course item listed by the catalog. The doc says the
    API answers in XML unless the request sends `Accept: application/json`; this description covers the
    JSON form.

    Args:
        catalog_id (str):
        course_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Course | ErrorResponse]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        course_key=course_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog_id: str,
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Course | ErrorResponse | None:
    """Retrieve a course of an enterprise catalog

     Returns one course of a catalog, with its course runs, as described in Fields in a course Content
    Item (§3.12.1). The course key is the `key` of a course item listed by the catalog. The doc says the
    API answers in XML unless the request sends `Accept: application/json`; this description covers the
    JSON form.

    Args:
        catalog_id (str):
        course_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Course | ErrorResponse
    """

    return sync_detailed(
        catalog_id=catalog_id,
        course_key=course_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    catalog_id: str,
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Course | ErrorResponse]:
    """Retrieve a course of an enterprise catalog

     Returns one course of a catalog, with its course runs, as described in Fields in a course Content
    Item (§3.12.1). The course key is the `key` of a course item listed by the catalog. The doc says the
    API answers in XML unless the request sends `Accept: application/json`; this description covers the
    JSON form.

    Args:
        catalog_id (str):
        course_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Course | ErrorResponse]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        course_key=course_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog_id: str,
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Course | ErrorResponse | None:
    """Retrieve a course of an enterprise catalog

     Returns one course of a catalog, with its course runs, as described in Fields in a course Content
    Item (§3.12.1). The course key is the `key` of a course item listed by the catalog. The doc says the
    API answers in XML unless the request sends `Accept: application/json`; this description covers the
    JSON form.

    Args:
        catalog_id (str):
        course_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Course | ErrorResponse
    """

    return (
        await asyncio_detailed(
            catalog_id=catalog_id,
            course_key=course_key,
            client=client,
        )
    ).parsed
