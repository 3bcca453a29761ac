from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_eligibility import CreditEligibility
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/credit/v1/eligibility/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[CreditEligibility]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CreditEligibility.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[CreditEligibility]]:
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
) -> Response[list[CreditEligibility]]:
    """List credit eligibility

    Returns the credit eligibility records of a user in a course whose deadline has not passed: for
    each, the `username`, the `course_key` and the `deadline` for purchasing and requesting credit. The
    user and course are chosen with the `username` and `course_key` query parameters, both required (400
    otherwise). Signed-in users may read their own eligibility and global staff anyone's; naming another
    user is refused with 403.

    Who may call: the signed-in user, about themself, or global staff. Anyone else gets 403. The user is
    the one the username query parameter names (not declared here); a non- staff caller must name
    themselves.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[CreditEligibility]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[CreditEligibility]:
    """List credit eligibility

    Returns the credit eligibility records of a user in a course whose deadline has not passed: for
    each, the `username`, the `course_key` and the `deadline` for purchasing and requesting credit. The
    user and course are chosen with the `username` and `course_key` query parameters, both required (400
    otherwise). Signed-in users may read their own eligibility and global staff anyone's; naming another
    user is refused with 403.

    Who may call: the signed-in user, about themself, or global staff. Anyone else gets 403. The user is
    the one the username query parameter names (not declared here); a non- staff caller must name
    themselves.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[CreditEligibility]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[CreditEligibility]]:
    """List credit eligibility

    Returns the credit eligibility records of a user in a course whose deadline has not passed: for
    each, the `username`, the `course_key` and the `deadline` for purchasing and requesting credit. The
    user and course are chosen with the `username` and `course_key` query parameters, both required (400
    otherwise). Signed-in users may read their own eligibility and global staff anyone's; naming another
    user is refused with 403.

    Who may call: the signed-in user, about themself, or global staff. Anyone else gets 403. The user is
    the one the username query parameter names (not declared here); a non- staff caller must name
    themselves.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[CreditEligibility]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[CreditEligibility]:
    """List credit eligibility

    Returns the credit eligibility records of a user in a course whose deadline has not passed: for
    each, the `username`, the `course_key` and the `deadline` for purchasing and requesting credit. The
    user and course are chosen with the `username` and `course_key` query parameters, both required (400
    otherwise). Signed-in users may read their own eligibility and global staff anyone's; naming another
    user is refused with 403.

    Who may call: the signed-in user, about themself, or global staff. Anyone else gets 403. The user is
    the one the username query parameter names (not declared here); a non- staff caller must name
    themselves.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[CreditEligibility]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
