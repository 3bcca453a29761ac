from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agreements_integrity_signature import AgreementsIntegritySignature
from ...types import Response


def _get_kwargs(
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agreements/v1/integrity_signature/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
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
) -> Response[AgreementsIntegritySignature]:
    """Sign the integrity agreement of a course

    Signs the integrity agreement of the course in the path for the requesting user and returns the
    signature. When the user has already signed, no second signature is made and the one on record is
    returned; the answer is 200 in both cases. Takes no request body. Any signed-in user may call it,
    for themselves only. Answers 404 where integrity signatures are turned off.

    Who may call: any signed-in user. Anyone else gets 403. The signature is always the caller's own; no
    enrollment in the course is checked. Answers 404 to every caller where the platform's
    ENABLE_INTEGRITY_SIGNATURE setting is off.

    Args:
        course_id (str):

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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgreementsIntegritySignature:
    """Sign the integrity agreement of a course

    Signs the integrity agreement of the course in the path for the requesting user and returns the
    signature. When the user has already signed, no second signature is made and the one on record is
    returned; the answer is 200 in both cases. Takes no request body. Any signed-in user may call it,
    for themselves only. Answers 404 where integrity signatures are turned off.

    Who may call: any signed-in user. Anyone else gets 403. The signature is always the caller's own; no
    enrollment in the course is checked. Answers 404 to every caller where the platform's
    ENABLE_INTEGRITY_SIGNATURE setting is off.

    Args:
        course_id (str):

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
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgreementsIntegritySignature]:
    """Sign the integrity agreement of a course

    Signs the integrity agreement of the course in the path for the requesting user and returns the
    signature. When the user has already signed, no second signature is made and the one on record is
    returned; the answer is 200 in both cases. Takes no request body. Any signed-in user may call it,
    for themselves only. Answers 404 where integrity signatures are turned off.

    Who may call: any signed-in user. Anyone else gets 403. The signature is always the caller's own; no
    enrollment in the course is checked. Answers 404 to every caller where the platform's
    ENABLE_INTEGRITY_SIGNATURE setting is off.

    Args:
        course_id (str):

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgreementsIntegritySignature:
    """Sign the integrity agreement of a course

    Signs the integrity agreement of the course in the path for the requesting user and returns the
    signature. When the user has already signed, no second signature is made and the one on record is
    returned; the answer is 200 in both cases. Takes no request body. Any signed-in user may call it,
    for themselves only. Answers 404 where integrity signatures are turned off.

    Who may call: any signed-in user. Anyone else gets 403. The signature is always the caller's own; no
    enrollment in the course is checked. Answers 404 to every caller where the platform's
    ENABLE_INTEGRITY_SIGNATURE setting is off.

    Args:
        course_id (str):

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
        )
    ).parsed
