from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ccx_course import CcxCourse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    ccx_course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ccx/v0/ccx/{ccx_course_id}/".format(
            ccx_course_id=quote(str(ccx_course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CcxCourse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CcxCourse.from_dict(response.json())

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
) -> Response[CcxCourse | ErrorResponse]:
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
    ccx_course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CcxCourse | ErrorResponse]:
    """Get a CCX course

     Returns the CCX course named by `ccx_course_id`.

    Args:
        ccx_course_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CcxCourse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        ccx_course_id=ccx_course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ccx_course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CcxCourse | ErrorResponse | None:
    """Get a CCX course

     Returns the CCX course named by `ccx_course_id`.

    Args:
        ccx_course_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CcxCourse | ErrorResponse
    """

    return sync_detailed(
        ccx_course_id=ccx_course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ccx_course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CcxCourse | ErrorResponse]:
    """Get a CCX course

     Returns the CCX course named by `ccx_course_id`.

    Args:
        ccx_course_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CcxCourse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        ccx_course_id=ccx_course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ccx_course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CcxCourse | ErrorResponse | None:
    """Get a CCX course

     Returns the CCX course named by `ccx_course_id`.

    Args:
        ccx_course_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CcxCourse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            ccx_course_id=ccx_course_id,
            client=client,
        )
    ).parsed
