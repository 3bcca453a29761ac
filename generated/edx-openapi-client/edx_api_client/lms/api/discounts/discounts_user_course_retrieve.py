from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discounts_course_user_discount import DiscountsCourseUserDiscount
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
    user_id: str,
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DiscountsCourseUserDiscount]:
    """Get a user's discount for a course

    Tells whether the user `user_id` gets a discount on the course `course_key_string`, as recorded when
    that user's discount on the course was last looked up (false when it never was), and answers a JWT
    issued for the caller (not for the named user) whose claims carry `discount_applicable` and
    `discount_percent`. Meant for the ecommerce service when it builds an order after payment. Only
    global staff users may call it (the ecommerce service's worker account is one); other callers are
    refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check is is_staff (IsAdminUser), so the ecommerce worker is admitted as a staff user; a signed-in
    learner asking for their own discount is refused too.

    Args:
        user_id (str):
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
) -> DiscountsCourseUserDiscount:
    """Get a user's discount for a course

    Tells whether the user `user_id` gets a discount on the course `course_key_string`, as recorded when
    that user's discount on the course was last looked up (false when it never was), and answers a JWT
    issued for the caller (not for the named user) whose claims carry `discount_applicable` and
    `discount_percent`. Meant for the ecommerce service when it builds an order after payment. Only
    global staff users may call it (the ecommerce service's worker account is one); other callers are
    refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check is is_staff (IsAdminUser), so the ecommerce worker is admitted as a staff user; a signed-in
    learner asking for their own discount is refused too.

    Args:
        user_id (str):
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
        user_id=user_id,
        course_key_string=course_key_string,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DiscountsCourseUserDiscount]:
    """Get a user's discount for a course

    Tells whether the user `user_id` gets a discount on the course `course_key_string`, as recorded when
    that user's discount on the course was last looked up (false when it never was), and answers a JWT
    issued for the caller (not for the named user) whose claims carry `discount_applicable` and
    `discount_percent`. Meant for the ecommerce service when it builds an order after payment. Only
    global staff users may call it (the ecommerce service's worker account is one); other callers are
    refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check is is_staff (IsAdminUser), so the ecommerce worker is admitted as a staff user; a signed-in
    learner asking for their own discount is refused too.

    Args:
        user_id (str):
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
) -> DiscountsCourseUserDiscount:
    """Get a user's discount for a course

    Tells whether the user `user_id` gets a discount on the course `course_key_string`, as recorded when
    that user's discount on the course was last looked up (false when it never was), and answers a JWT
    issued for the caller (not for the named user) whose claims carry `discount_applicable` and
    `discount_percent`. Meant for the ecommerce service when it builds an order after payment. Only
    global staff users may call it (the ecommerce service's worker account is one); other callers are
    refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check is is_staff (IsAdminUser), so the ecommerce worker is admitted as a staff user; a signed-in
    learner asking for their own discount is refused too.

    Args:
        user_id (str):
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
            user_id=user_id,
            course_key_string=course_key_string,
            client=client,
        )
    ).parsed
