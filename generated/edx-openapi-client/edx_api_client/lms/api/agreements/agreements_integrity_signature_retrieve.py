from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agreements_integrity_signature import AgreementsIntegritySignature
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agreements/v1/integrity_signature/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgreementsIntegritySignature:
    if response.status_code == 200:
        response_200 = AgreementsIntegritySignature.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgreementsIntegritySignature]:
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
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> Response[AgreementsIntegritySignature]:
    """Retrieve an integrity signature

    Tells whether a user has signed the integrity agreement of the course in the path by returning their
    signature (`username`, `course_id`, `created_at`). The user is the requesting (or masqueraded) user
    unless `username` names another; only global staff and the course's staff may read another user's
    signature (403 otherwise). Answers 404 when the user has not signed, and to every request where
    integrity signatures are turned off.

    Who may call: the user named by `username`, staff of the course `course_id`, or global staff. Anyone
    else gets 403. Any signed-in user may read their own signature; the course's staff and instructors
    and global staff may read anyone's. Answers 404 to every caller where the platform's
    ENABLE_INTEGRITY_SIGNATURE setting is off.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[AgreementsIntegritySignature]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> AgreementsIntegritySignature:
    """Retrieve an integrity signature

    Tells whether a user has signed the integrity agreement of the course in the path by returning their
    signature (`username`, `course_id`, `created_at`). The user is the requesting (or masqueraded) user
    unless `username` names another; only global staff and the course's staff may read another user's
    signature (403 otherwise). Answers 404 when the user has not signed, and to every request where
    integrity signatures are turned off.

    Who may call: the user named by `username`, staff of the course `course_id`, or global staff. Anyone
    else gets 403. Any signed-in user may read their own signature; the course's staff and instructors
    and global staff may read anyone's. Answers 404 to every caller where the platform's
    ENABLE_INTEGRITY_SIGNATURE setting is off.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        AgreementsIntegritySignature
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        username=username,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> Response[AgreementsIntegritySignature]:
    """Retrieve an integrity signature

    Tells whether a user has signed the integrity agreement of the course in the path by returning their
    signature (`username`, `course_id`, `created_at`). The user is the requesting (or masqueraded) user
    unless `username` names another; only global staff and the course's staff may read another user's
    signature (403 otherwise). Answers 404 when the user has not signed, and to every request where
    integrity signatures are turned off.

    Who may call: the user named by `username`, staff of the course `course_id`, or global staff. Anyone
    else gets 403. Any signed-in user may read their own signature; the course's staff and instructors
    and global staff may read anyone's. Answers 404 to every caller where the platform's
    ENABLE_INTEGRITY_SIGNATURE setting is off.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[AgreementsIntegritySignature]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> AgreementsIntegritySignature:
    """Retrieve an integrity signature

    Tells whether a user has signed the integrity agreement of the course in the path by returning their
    signature (`username`, `course_id`, `created_at`). The user is the requesting (or masqueraded) user
    unless `username` names another; only global staff and the course's staff may read another user's
    signature (403 otherwise). Answers 404 when the user has not signed, and to every request where
    integrity signatures are turned off.

    Who may call: the user named by `username`, staff of the course `course_id`, or global staff. Anyone
    else gets 403. Any signed-in user may read their own signature; the course's staff and instructors
    and global staff may read anyone's. Answers 404 to every caller where the platform's
    ENABLE_INTEGRITY_SIGNATURE setting is off.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        AgreementsIntegritySignature
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            username=username,
        )
    ).parsed
