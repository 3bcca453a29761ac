from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_request_create_request import CreditRequestCreateRequest
from ...models.credit_request_description import CreditRequestDescription
from ...types import Response


def _get_kwargs(
    provider_id: str,
    *,
    body: CreditRequestCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credit/v1/providers/{provider_id}/request/".format(
            provider_id=quote(str(provider_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditRequestDescription:
    if response.status_code == 200:
        response_200 = CreditRequestDescription.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditRequestDescription]:
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
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreditRequestCreateRequest,
) -> Response[CreditRequestDescription]:
    """Request credit from a provider

    Asks the credit provider in the path for credit on behalf of the learner `username` in the course
    `course_key`. It answers how the learner's browser is to contact the provider: a plain link (GET, no
    parameters) when the provider has no integration, else a signed form (POST) describing the learner
    and the grade. Signed-in users may request credit for themselves and global staff for anyone; naming
    another user is refused with 403. Answers 404 for an unknown provider and 400 for an unparsable
    course key, a missing username or a user not eligible for credit in the course.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403.

    Args:
        provider_id (str):
        body (CreditRequestCreateRequest): Who requests credit in which course: the service reads
            two members, `course_key` and `username`, both required.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CreditRequestDescription]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreditRequestCreateRequest,
) -> CreditRequestDescription:
    """Request credit from a provider

    Asks the credit provider in the path for credit on behalf of the learner `username` in the course
    `course_key`. It answers how the learner's browser is to contact the provider: a plain link (GET, no
    parameters) when the provider has no integration, else a signed form (POST) describing the learner
    and the grade. Signed-in users may request credit for themselves and global staff for anyone; naming
    another user is refused with 403. Answers 404 for an unknown provider and 400 for an unparsable
    course key, a missing username or a user not eligible for credit in the course.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403.

    Args:
        provider_id (str):
        body (CreditRequestCreateRequest): Who requests credit in which course: the service reads
            two members, `course_key` and `username`, both required.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CreditRequestDescription
    """

    return sync_detailed(
        provider_id=provider_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreditRequestCreateRequest,
) -> Response[CreditRequestDescription]:
    """Request credit from a provider

    Asks the credit provider in the path for credit on behalf of the learner `username` in the course
    `course_key`. It answers how the learner's browser is to contact the provider: a plain link (GET, no
    parameters) when the provider has no integration, else a signed form (POST) describing the learner
    and the grade. Signed-in users may request credit for themselves and global staff for anyone; naming
    another user is refused with 403. Answers 404 for an unknown provider and 400 for an unparsable
    course key, a missing username or a user not eligible for credit in the course.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403.

    Args:
        provider_id (str):
        body (CreditRequestCreateRequest): Who requests credit in which course: the service reads
            two members, `course_key` and `username`, both required.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CreditRequestDescription]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreditRequestCreateRequest,
) -> CreditRequestDescription:
    """Request credit from a provider

    Asks the credit provider in the path for credit on behalf of the learner `username` in the course
    `course_key`. It answers how the learner's browser is to contact the provider: a plain link (GET, no
    parameters) when the provider has no integration, else a signed form (POST) describing the learner
    and the grade. Signed-in users may request credit for themselves and global staff for anyone; naming
    another user is refused with 403. Answers 404 for an unknown provider and 400 for an unparsable
    course key, a missing username or a user not eligible for credit in the course.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403.

    Args:
        provider_id (str):
        body (CreditRequestCreateRequest): Who requests credit in which course: the service reads
            two members, `course_key` and `username`, both required.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CreditRequestDescription
    """

    return (
        await asyncio_detailed(
            provider_id=provider_id,
            client=client,
            body=body,
        )
    ).parsed
