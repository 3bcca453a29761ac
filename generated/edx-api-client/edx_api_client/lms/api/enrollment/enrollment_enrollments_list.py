from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrollment_cursor_page import EnrollmentCursorPage
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page_size"] = page_size

    params["course_id"] = course_id

    params["username"] = username

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enrollment/v1/enrollments/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrollmentCursorPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EnrollmentCursorPage.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EnrollmentCursorPage | ErrorResponse]:
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
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[EnrollmentCursorPage | ErrorResponse]:
    """List course enrollments

     Returns course enrollments of all users, for global staff only, one page at a time. An invalid
    course identifier or username answers 400; a course or usernames that match nothing answer 200 with
    empty `results`. The page links are cursor based: there is no `count`.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        course_id (str | Unset):
        username (str | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrollmentCursorPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        course_id=course_id,
        username=username,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
) -> EnrollmentCursorPage | ErrorResponse | None:
    """List course enrollments

     Returns course enrollments of all users, for global staff only, one page at a time. An invalid
    course identifier or username answers 400; a course or usernames that match nothing answer 200 with
    empty `results`. The page links are cursor based: there is no `count`.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        course_id (str | Unset):
        username (str | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrollmentCursorPage | ErrorResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        course_id=course_id,
        username=username,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[EnrollmentCursorPage | ErrorResponse]:
    """List course enrollments

     Returns course enrollments of all users, for global staff only, one page at a time. An invalid
    course identifier or username answers 400; a course or usernames that match nothing answer 200 with
    empty `results`. The page links are cursor based: there is no `count`.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        course_id (str | Unset):
        username (str | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrollmentCursorPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        course_id=course_id,
        username=username,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
) -> EnrollmentCursorPage | ErrorResponse | None:
    """List course enrollments

     Returns course enrollments of all users, for global staff only, one page at a time. An invalid
    course identifier or username answers 400; a course or usernames that match nothing answer 200 with
    empty `results`. The page links are cursor based: there is no `count`.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        course_id (str | Unset):
        username (str | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrollmentCursorPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            course_id=course_id,
            username=username,
            page=page,
        )
    ).parsed
