from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discounts_course_user_discount import DiscountsCourseUserDiscount
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    user_id: str,
    course_key_string: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discounts/user/{user_id}/course/{course_key_string}".format(
            user_id=quote(str(user_id), safe=""),
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscountsCourseUserDiscount | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DiscountsCourseUserDiscount.from_dict(response.json())

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
) -> Response[DiscountsCourseUserDiscount | ErrorResponse]:
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
    user_id: str,
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DiscountsCourseUserDiscount | ErrorResponse]:
    """Get a user's discount for a course

     Returns the discount percentage that the user `user_id` gets on the course `course_key_string`,
    provided the caller holds the needed permissions. The doc does not document the body's fields. In
    the platform's source only staff may call it; `discount_applicable` reflects what was recorded for
    that user when the discount was last looked up for the course, and the JWT is issued for the caller
    (not for the user named in the path), its claims carrying `discount_applicable` and
    `discount_percent`.

    Args:
        user_id (str):
        course_key_string (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiscountsCourseUserDiscount | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_key_string=course_key_string,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> DiscountsCourseUserDiscount | ErrorResponse | None:
    """Get a user's discount for a course

     Returns the discount percentage that the user `user_id` gets on the course `course_key_string`,
    provided the caller holds the needed permissions. The doc does not document the body's fields. In
    the platform's source only staff may call it; `discount_applicable` reflects what was recorded for
    that user when the discount was last looked up for the course, and the JWT is issued for the caller
    (not for the user named in the path), its claims carrying `discount_applicable` and
    `discount_percent`.

    Args:
        user_id (str):
        course_key_string (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiscountsCourseUserDiscount | ErrorResponse
    """

    return sync_detailed(
        user_id=user_id,
        course_key_string=course_key_string,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DiscountsCourseUserDiscount | ErrorResponse]:
    """Get a user's discount for a course

     Returns the discount percentage that the user `user_id` gets on the course `course_key_string`,
    provided the caller holds the needed permissions. The doc does not document the body's fields. In
    the platform's source only staff may call it; `discount_applicable` reflects what was recorded for
    that user when the discount was last looked up for the course, and the JWT is issued for the caller
    (not for the user named in the path), its claims carrying `discount_applicable` and
    `discount_percent`.

    Args:
        user_id (str):
        course_key_string (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiscountsCourseUserDiscount | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_key_string=course_key_string,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> DiscountsCourseUserDiscount | ErrorResponse | None:
    """Get a user's discount for a course

     Returns the discount percentage that the user `user_id` gets on the course `course_key_string`,
    provided the caller holds the needed permissions. The doc does not document the body's fields. In
    the platform's source only staff may call it; `discount_applicable` reflects what was recorded for
    that user when the discount was last looked up for the course, and the JWT is issued for the caller
    (not for the user named in the path), its claims carrying `discount_applicable` and
    `discount_percent`.

    Args:
        user_id (str):
        course_key_string (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiscountsCourseUserDiscount | ErrorResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            course_key_string=course_key_string,
            client=client,
        )
    ).parsed
