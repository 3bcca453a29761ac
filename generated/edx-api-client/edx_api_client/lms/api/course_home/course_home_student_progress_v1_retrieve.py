from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_home_progress import CourseHomeProgress
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    course_key_string: str,
    student_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/course_home/v1/progress/{course_key_string}/{student_id}".format(
            course_key_string=quote(str(course_key_string), safe=""),
            student_id=quote(str(student_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseHomeProgress | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CourseHomeProgress.from_dict(response.json())

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
) -> Response[CourseHomeProgress | ErrorResponse]:
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
    course_key_string: str,
    student_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseHomeProgress | ErrorResponse]:
    """Get a learner's Progress tab

     Returns the Progress tab content of the course for the learner named by `student_id`: the same
    fields as the variant without `student_id`, which answers for the requesting user. The same
    operation is also served without the `v1/` segment (`/course_home/...`); the doc documents both with
    the same text.

    Args:
        course_key_string (str):
        student_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CourseHomeProgress | ErrorResponse]
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        student_id=student_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    student_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CourseHomeProgress | ErrorResponse | None:
    """Get a learner's Progress tab

     Returns the Progress tab content of the course for the learner named by `student_id`: the same
    fields as the variant without `student_id`, which answers for the requesting user. The same
    operation is also served without the `v1/` segment (`/course_home/...`); the doc documents both with
    the same text.

    Args:
        course_key_string (str):
        student_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CourseHomeProgress | ErrorResponse
    """

    return sync_detailed(
        course_key_string=course_key_string,
        student_id=student_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    student_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseHomeProgress | ErrorResponse]:
    """Get a learner's Progress tab

     Returns the Progress tab content of the course for the learner named by `student_id`: the same
    fields as the variant without `student_id`, which answers for the requesting user. The same
    operation is also served without the `v1/` segment (`/course_home/...`); the doc documents both with
    the same text.

    Args:
        course_key_string (str):
        student_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CourseHomeProgress | ErrorResponse]
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        student_id=student_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    student_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CourseHomeProgress | ErrorResponse | None:
    """Get a learner's Progress tab

     Returns the Progress tab content of the course for the learner named by `student_id`: the same
    fields as the variant without `student_id`, which answers for the requesting user. The same
    operation is also served without the `v1/` segment (`/course_home/...`); the doc documents both with
    the same text.

    Args:
        course_key_string (str):
        student_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CourseHomeProgress | ErrorResponse
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            student_id=student_id,
            client=client,
        )
    ).parsed
