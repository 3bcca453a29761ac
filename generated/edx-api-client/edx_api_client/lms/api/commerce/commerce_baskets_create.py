from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commerce_basket_request import CommerceBasketRequest
from ...models.commerce_basket_result import CommerceBasketResult
from ...models.commerce_detail import CommerceDetail
from ...models.error_response import ErrorResponse
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
) -> CommerceBasketResult | CommerceDetail | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CommerceBasketResult.from_dict(response.json())

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

    if response.status_code == 406:
        response_406 = CommerceDetail.from_dict(response.json())

        return response_406

    if response.status_code == 409:
        response_409 = CommerceDetail.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommerceBasketResult | CommerceDetail | ErrorResponse]:
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
) -> Response[CommerceBasketResult | CommerceDetail | ErrorResponse]:
    """Try to enroll the user through a basket

     Tries to enroll the requesting user, going through the commerce basket flow. The doc names no
    request field and says nothing about what is returned; it states no success status either. In the
    platform's source the view reads the course to enroll in (`course_id`, required) and an optional
    marketing email opt-in, and enrolls the user directly in the course's audit (or honor) mode when it
    has one: the answer is then 200 with a `detail` message. A learner who holds an entitlement for the
    course is enrolled through it and gets 200 with a `redirect_destination` instead. A missing or
    unknown course, closed enrollment or a course without an audit or honor mode is answered 406, an
    active enrollment 409, each with a `detail` message.

    Args:
        body (CommerceBasketRequest): What the basket view reads from the request.
        body (CommerceBasketRequest): What the basket view reads from the request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommerceBasketResult | CommerceDetail | ErrorResponse]
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
) -> CommerceBasketResult | CommerceDetail | ErrorResponse | None:
    """Try to enroll the user through a basket

     Tries to enroll the requesting user, going through the commerce basket flow. The doc names no
    request field and says nothing about what is returned; it states no success status either. In the
    platform's source the view reads the course to enroll in (`course_id`, required) and an optional
    marketing email opt-in, and enrolls the user directly in the course's audit (or honor) mode when it
    has one: the answer is then 200 with a `detail` message. A learner who holds an entitlement for the
    course is enrolled through it and gets 200 with a `redirect_destination` instead. A missing or
    unknown course, closed enrollment or a course without an audit or honor mode is answered 406, an
    active enrollment 409, each with a `detail` message.

    Args:
        body (CommerceBasketRequest): What the basket view reads from the request.
        body (CommerceBasketRequest): What the basket view reads from the request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommerceBasketResult | CommerceDetail | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CommerceBasketRequest | Unset = UNSET,
) -> Response[CommerceBasketResult | CommerceDetail | ErrorResponse]:
    """Try to enroll the user through a basket

     Tries to enroll the requesting user, going through the commerce basket flow. The doc names no
    request field and says nothing about what is returned; it states no success status either. In the
    platform's source the view reads the course to enroll in (`course_id`, required) and an optional
    marketing email opt-in, and enrolls the user directly in the course's audit (or honor) mode when it
    has one: the answer is then 200 with a `detail` message. A learner who holds an entitlement for the
    course is enrolled through it and gets 200 with a `redirect_destination` instead. A missing or
    unknown course, closed enrollment or a course without an audit or honor mode is answered 406, an
    active enrollment 409, each with a `detail` message.

    Args:
        body (CommerceBasketRequest): What the basket view reads from the request.
        body (CommerceBasketRequest): What the basket view reads from the request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommerceBasketResult | CommerceDetail | ErrorResponse]
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
) -> CommerceBasketResult | CommerceDetail | ErrorResponse | None:
    """Try to enroll the user through a basket

     Tries to enroll the requesting user, going through the commerce basket flow. The doc names no
    request field and says nothing about what is returned; it states no success status either. In the
    platform's source the view reads the course to enroll in (`course_id`, required) and an optional
    marketing email opt-in, and enrolls the user directly in the course's audit (or honor) mode when it
    has one: the answer is then 200 with a `detail` message. A learner who holds an entitlement for the
    course is enrolled through it and gets 200 with a `redirect_destination` instead. A missing or
    unknown course, closed enrollment or a course without an audit or honor mode is answered 406, an
    active enrollment 409, each with a `detail` message.

    Args:
        body (CommerceBasketRequest): What the basket view reads from the request.
        body (CommerceBasketRequest): What the basket view reads from the request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommerceBasketResult | CommerceDetail | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
