from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_course import CreditCourse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    course_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/credit/v1/courses/{course_key}/".format(
            course_key=quote(str(course_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditCourse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreditCourse.from_dict(response.json())

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
) -> Response[CreditCourse | ErrorResponse]:
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
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreditCourse | ErrorResponse]:
    """Retrieve a credit course

     Returns the credit configuration of the course named in the path.

    Args:
        course_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditCourse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        course_key=course_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> CreditCourse | ErrorResponse | None:
    """Retrieve a credit course

     Returns the credit configuration of the course named in the path.

    Args:
        course_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditCourse | ErrorResponse
    """

    return sync_detailed(
        course_key=course_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreditCourse | ErrorResponse]:
    """Retrieve a credit course

     Returns the credit configuration of the course named in the path.

    Args:
        course_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditCourse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        course_key=course_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> CreditCourse | ErrorResponse | None:
    """Retrieve a credit course

     Returns the credit configuration of the course named in the path.

    Args:
        course_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditCourse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            course_key=course_key,
            client=client,
        )
    ).parsed
