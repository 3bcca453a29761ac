from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.name_affirmation_empty_response import NameAffirmationEmptyResponse
from ...models.name_affirmation_verified_name import NameAffirmationVerifiedName
from ...types import Response


def _get_kwargs(
    *,
    body: NameAffirmationVerifiedName,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/edx_name_affirmation/v1/verified_name",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NameAffirmationEmptyResponse:
    if response.status_code == 200:
        response_200 = NameAffirmationEmptyResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NameAffirmationEmptyResponse]:
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
    body: NameAffirmationVerifiedName,
) -> Response[NameAffirmationEmptyResponse]:
    """Create a verified name

    Records a new verified name for a user. `username`, `verified_name` and `profile_name` are required;
    `verification_attempt_id`, `proctored_exam_attempt_id`, `platform_verification_attempt_id` and
    `status` (`pending` when absent) are optional. A user may record a verified name for themselves;
    only global staff may name another user (403 otherwise). Invalid data, or more than one attempt
    identifier, answers 400.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. The `username`
    sent must be the caller's own unless the caller is global staff; a caller who is not staff and
    leaves it out is refused too.

    Args:
        body (NameAffirmationVerifiedName): A verified name record of a user, as sent to create
            one.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[NameAffirmationEmptyResponse]: the status, headers, raw body and parsed body.
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
    body: NameAffirmationVerifiedName,
) -> NameAffirmationEmptyResponse:
    """Create a verified name

    Records a new verified name for a user. `username`, `verified_name` and `profile_name` are required;
    `verification_attempt_id`, `proctored_exam_attempt_id`, `platform_verification_attempt_id` and
    `status` (`pending` when absent) are optional. A user may record a verified name for themselves;
    only global staff may name another user (403 otherwise). Invalid data, or more than one attempt
    identifier, answers 400.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. The `username`
    sent must be the caller's own unless the caller is global staff; a caller who is not staff and
    leaves it out is refused too.

    Args:
        body (NameAffirmationVerifiedName): A verified name record of a user, as sent to create
            one.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        NameAffirmationEmptyResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NameAffirmationVerifiedName,
) -> Response[NameAffirmationEmptyResponse]:
    """Create a verified name

    Records a new verified name for a user. `username`, `verified_name` and `profile_name` are required;
    `verification_attempt_id`, `proctored_exam_attempt_id`, `platform_verification_attempt_id` and
    `status` (`pending` when absent) are optional. A user may record a verified name for themselves;
    only global staff may name another user (403 otherwise). Invalid data, or more than one attempt
    identifier, answers 400.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. The `username`
    sent must be the caller's own unless the caller is global staff; a caller who is not staff and
    leaves it out is refused too.

    Args:
        body (NameAffirmationVerifiedName): A verified name record of a user, as sent to create
            one.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[NameAffirmationEmptyResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NameAffirmationVerifiedName,
) -> NameAffirmationEmptyResponse:
    """Create a verified name

    Records a new verified name for a user. `username`, `verified_name` and `profile_name` are required;
    `verification_attempt_id`, `proctored_exam_attempt_id`, `platform_verification_attempt_id` and
    `status` (`pending` when absent) are optional. A user may record a verified name for themselves;
    only global staff may name another user (403 otherwise). Invalid data, or more than one attempt
    identifier, answers 400.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. The `username`
    sent must be the caller's own unless the caller is global staff; a caller who is not staff and
    leaves it out is refused too.

    Args:
        body (NameAffirmationVerifiedName): A verified name record of a user, as sent to create
            one.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        NameAffirmationEmptyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
