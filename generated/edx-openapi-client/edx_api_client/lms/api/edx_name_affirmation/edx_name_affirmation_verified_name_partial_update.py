from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.name_affirmation_verified_name_record import (
    NameAffirmationVerifiedNameRecord,
)
from ...models.name_affirmation_verified_name_status_update import (
    NameAffirmationVerifiedNameStatusUpdate,
)
from ...types import Response


def _get_kwargs(
    *,
    body: NameAffirmationVerifiedNameStatusUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/edx_name_affirmation/v1/verified_name",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NameAffirmationVerifiedNameRecord:
    if response.status_code == 200:
        response_200 = NameAffirmationVerifiedNameRecord.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NameAffirmationVerifiedNameRecord]:
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
    body: NameAffirmationVerifiedNameStatusUpdate,
) -> Response[NameAffirmationVerifiedNameRecord]:
    """Update a verified name's status

    Changes the `status` of a user's verified name, picking the record by `username` and by its
    `verification_attempt_id` or `proctored_exam_attempt_id`, and returns the edited record. Only global
    staff may call it (403 otherwise). An edit that breaks the validation rules, or that gives no
    attempt identifier or both, answers 400; 404 means the user has no verified name with that attempt
    identifier.

    Who may call: global staff. Anyone else gets 403.

    Args:
        body (NameAffirmationVerifiedNameStatusUpdate): A change of a verified name record's
            status. The record is picked by `username` together with its `verification_attempt_id` or
            its `proctored_exam_attempt_id`.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[NameAffirmationVerifiedNameRecord]: the status, headers, raw body and parsed body.
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
    body: NameAffirmationVerifiedNameStatusUpdate,
) -> NameAffirmationVerifiedNameRecord:
    """Update a verified name's status

    Changes the `status` of a user's verified name, picking the record by `username` and by its
    `verification_attempt_id` or `proctored_exam_attempt_id`, and returns the edited record. Only global
    staff may call it (403 otherwise). An edit that breaks the validation rules, or that gives no
    attempt identifier or both, answers 400; 404 means the user has no verified name with that attempt
    identifier.

    Who may call: global staff. Anyone else gets 403.

    Args:
        body (NameAffirmationVerifiedNameStatusUpdate): A change of a verified name record's
            status. The record is picked by `username` together with its `verification_attempt_id` or
            its `proctored_exam_attempt_id`.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        NameAffirmationVerifiedNameRecord
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NameAffirmationVerifiedNameStatusUpdate,
) -> Response[NameAffirmationVerifiedNameRecord]:
    """Update a verified name's status

    Changes the `status` of a user's verified name, picking the record by `username` and by its
    `verification_attempt_id` or `proctored_exam_attempt_id`, and returns the edited record. Only global
    staff may call it (403 otherwise). An edit that breaks the validation rules, or that gives no
    attempt identifier or both, answers 400; 404 means the user has no verified name with that attempt
    identifier.

    Who may call: global staff. Anyone else gets 403.

    Args:
        body (NameAffirmationVerifiedNameStatusUpdate): A change of a verified name record's
            status. The record is picked by `username` together with its `verification_attempt_id` or
            its `proctored_exam_attempt_id`.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[NameAffirmationVerifiedNameRecord]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NameAffirmationVerifiedNameStatusUpdate,
) -> NameAffirmationVerifiedNameRecord:
    """Update a verified name's status

    Changes the `status` of a user's verified name, picking the record by `username` and by its
    `verification_attempt_id` or `proctored_exam_attempt_id`, and returns the edited record. Only global
    staff may call it (403 otherwise). An edit that breaks the validation rules, or that gives no
    attempt identifier or both, answers 400; 404 means the user has no verified name with that attempt
    identifier.

    Who may call: global staff. Anyone else gets 403.

    Args:
        body (NameAffirmationVerifiedNameStatusUpdate): A change of a verified name record's
            status. The record is picked by `username` together with its `verification_attempt_id` or
            its `proctored_exam_attempt_id`.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        NameAffirmationVerifiedNameRecord
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
