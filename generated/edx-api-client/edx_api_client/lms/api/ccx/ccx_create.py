from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ccx_course import CcxCourse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CcxCourse,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ccx/v0/ccx/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CcxCourse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CcxCourse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
    *,
    client: AuthenticatedClient | Client,
    body: CcxCourse,
) -> Response[CcxCourse | ErrorResponse]:
    """Create a CCX course

     Creates a CCX course from the master course named by `master_course_id`, coached by the user with
    `coach_email`. `ccx_course_id` and `course_modules` are read only; the other fields must be sent.

    Args:
        body (CcxCourse): A custom course (CCX) derived from a master course. The doc gives no
            description of the fields beyond their names, types and whether they are required or read
            only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CcxCourse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CcxCourse,
) -> CcxCourse | ErrorResponse | None:
    """Create a CCX course

     Creates a CCX course from the master course named by `master_course_id`, coached by the user with
    `coach_email`. `ccx_course_id` and `course_modules` are read only; the other fields must be sent.

    Args:
        body (CcxCourse): A custom course (CCX) derived from a master course. The doc gives no
            description of the fields beyond their names, types and whether they are required or read
            only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CcxCourse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CcxCourse,
) -> Response[CcxCourse | ErrorResponse]:
    """Create a CCX course

     Creates a CCX course from the master course named by `master_course_id`, coached by the user with
    `coach_email`. `ccx_course_id` and `course_modules` are read only; the other fields must be sent.

    Args:
        body (CcxCourse): A custom course (CCX) derived from a master course. The doc gives no
            description of the fields beyond their names, types and whether they are required or read
            only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CcxCourse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CcxCourse,
) -> CcxCourse | ErrorResponse | None:
    """Create a CCX course

     Creates a CCX course from the master course named by `master_course_id`, coached by the user with
    `coach_email`. `ccx_course_id` and `course_modules` are read only; the other fields must be sent.

    Args:
        body (CcxCourse): A custom course (CCX) derived from a master course. The doc gives no
            description of the fields beyond their names, types and whether they are required or read
            only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CcxCourse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
