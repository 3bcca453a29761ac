from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commerce_basket_request import CommerceBasketRequest
from ...models.commerce_basket_result import CommerceBasketResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CommerceBasketRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commerce/v0/baskets/",
    }

    if isinstance(body, CommerceBasketRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommerceBasketResult:
    if response.status_code == 200:
        response_200 = CommerceBasketResult.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommerceBasketResult]:
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
    body: CommerceBasketRequest | Unset = UNSET,
) -> Response[CommerceBasketResult]:
    """Try to enroll the user through a basket

    Tries to enroll the calling user in a course through the commerce basket flow. It reads the course
    to enroll in (`course_id`, required) and an optional marketing email opt-in, and enrolls the caller
    directly in the course's audit (or honor) mode when it has one, answering 200 with a `detail`
    message. A learner who holds an entitlement for the course is enrolled through it and gets 200 with
    a `redirect_destination` instead. A missing or unknown course, closed enrollment or a course without
    an audit or honor mode is answered 406, an active enrollment 409, each with a `detail` message. Any
    signed-in user may call it, for themselves only; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403. The enrollment is always the caller's own;
    the body names no user.

    Args:
        body (CommerceBasketRequest): What the basket view reads from the request.
        body (CommerceBasketRequest): What the basket view reads from the request.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CommerceBasketResult]: the status, headers, raw body and parsed body.
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
    body: CommerceBasketRequest | Unset = UNSET,
) -> CommerceBasketResult:
    """Try to enroll the user through a basket

    Tries to enroll the calling user in a course through the commerce basket flow. It reads the course
    to enroll in (`course_id`, required) and an optional marketing email opt-in, and enrolls the caller
    directly in the course's audit (or honor) mode when it has one, answering 200 with a `detail`
    message. A learner who holds an entitlement for the course is enrolled through it and gets 200 with
    a `redirect_destination` instead. A missing or unknown course, closed enrollment or a course without
    an audit or honor mode is answered 406, an active enrollment 409, each with a `detail` message. Any
    signed-in user may call it, for themselves only; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403. The enrollment is always the caller's own;
    the body names no user.

    Args:
        body (CommerceBasketRequest): What the basket view reads from the request.
        body (CommerceBasketRequest): What the basket view reads from the request.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CommerceBasketResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CommerceBasketRequest | Unset = UNSET,
) -> Response[CommerceBasketResult]:
    """Try to enroll the user through a basket

    Tries to enroll the calling user in a course through the commerce basket flow. It reads the course
    to enroll in (`course_id`, required) and an optional marketing email opt-in, and enrolls the caller
    directly in the course's audit (or honor) mode when it has one, answering 200 with a `detail`
    message. A learner who holds an entitlement for the course is enrolled through it and gets 200 with
    a `redirect_destination` instead. A missing or unknown course, closed enrollment or a course without
    an audit or honor mode is answered 406, an active enrollment 409, each with a `detail` message. Any
    signed-in user may call it, for themselves only; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403. The enrollment is always the caller's own;
    the body names no user.

    Args:
        body (CommerceBasketRequest): What the basket view reads from the request.
        body (CommerceBasketRequest): What the basket view reads from the request.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CommerceBasketResult]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CommerceBasketRequest | Unset = UNSET,
) -> CommerceBasketResult:
    """Try to enroll the user through a basket

    Tries to enroll the calling user in a course through the commerce basket flow. It reads the course
    to enroll in (`course_id`, required) and an optional marketing email opt-in, and enrolls the caller
    directly in the course's audit (or honor) mode when it has one, answering 200 with a `detail`
    message. A learner who holds an entitlement for the course is enrolled through it and gets 200 with
    a `redirect_destination` instead. A missing or unknown course, closed enrollment or a course without
    an audit or honor mode is answered 406, an active enrollment 409, each with a `detail` message. Any
    signed-in user may call it, for themselves only; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403. The enrollment is always the caller's own;
    the body names no user.

    Args:
        body (CommerceBasketRequest): What the basket view reads from the request.
        body (CommerceBasketRequest): What the basket view reads from the request.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CommerceBasketResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
