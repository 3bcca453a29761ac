from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discounts_course_user_discount import DiscountsCourseUserDiscount
from ...types import Response


def _get_kwargs(
    course_key_string: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discounts/course/{course_key_string}".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscountsCourseUserDiscount:
    if response.status_code == 200:
        response_200 = DiscountsCourseUserDiscount.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscountsCourseUserDiscount]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[DiscountsCourseUserDiscount]:
    """Get the requesting user's discount for a course

    Tells whether the calling user gets a discount on the course `course_key_string`, and answers a JWT
    issued for the caller whose claims carry `discount_applicable` and `discount_percent` (the course's
    discount percentage); the percentage is not a member of the body itself. Each call also records, for
    the caller, whether the discount applied, which is what the staff variant of this call reads later.
    Any signed-in user may call it; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscountsCourseUserDiscount]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> DiscountsCourseUserDiscount:
    """Get the requesting user's discount for a course

    Tells whether the calling user gets a discount on the course `course_key_string`, and answers a JWT
    issued for the caller whose claims carry `discount_applicable` and `discount_percent` (the course's
    discount percentage); the percentage is not a member of the body itself. Each call also records, for
    the caller, whether the discount applied, which is what the staff variant of this call reads later.
    Any signed-in user may call it; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscountsCourseUserDiscount
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DiscountsCourseUserDiscount]:
    """Get the requesting user's discount for a course

    Tells whether the calling user gets a discount on the course `course_key_string`, and answers a JWT
    issued for the caller whose claims carry `discount_applicable` and `discount_percent` (the course's
    discount percentage); the percentage is not a member of the body itself. Each call also records, for
    the caller, whether the discount applied, which is what the staff variant of this call reads later.
    Any signed-in user may call it; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscountsCourseUserDiscount]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> DiscountsCourseUserDiscount:
    """Get the requesting user's discount for a course

    Tells whether the calling user gets a discount on the course `course_key_string`, and answers a JWT
    issued for the caller whose claims carry `discount_applicable` and `discount_percent` (the course's
    discount percentage); the percentage is not a member of the body itself. Each call also records, for
    the caller, whether the discount applied, which is what the staff variant of this call reads later.
    Any signed-in user may call it; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscountsCourseUserDiscount
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
        )
    ).parsed
