from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_review_callback_create_response_200 import (
    EdxProctoringReviewCallbackCreateResponse200,
)
from ...models.edx_proctoring_software_secure_review import (
    EdxProctoringSoftwareSecureReview,
)
from ...types import Response


def _get_kwargs(
    *,
    body: EdxProctoringSoftwareSecureReview,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/edx_proctoring/proctoring_review_callback/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringReviewCallbackCreateResponse200:
    if response.status_code == 200:
        response_200 = EdxProctoringReviewCallbackCreateResponse200(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringReviewCallbackCreateResponse200]:
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
    body: EdxProctoringSoftwareSecureReview,
) -> Response[EdxProctoringReviewCallbackCreateResponse200]:
    """Receive a proctoring review callback

    Receives the review of an exam attempt from the Software Secure (RPNow) proctoring service; this is
    the older callback, kept for that service. The body is the service's review, naming the attempt by
    its attempt code in `examMetaData.examCode`; its status and comments are recorded as the attempt's
    review. No sign-in is needed. A review the attempt already has is refused (400) unless the
    deployment allows review updates; an unknown attempt code, a record locator that does not match the
    attempt or a review status the service does not use also answers 400.

    Who may call: anyone, signed in or not. No sign-in is checked; the attempt is found by the attempt
    code the proctoring service sends.

    Args:
        body (EdxProctoringSoftwareSecureReview): A review in the Software Secure format. Members
            other than these are kept as the review's raw data.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringReviewCallbackCreateResponse200]: the status, headers, raw body and parsed body.
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
    body: EdxProctoringSoftwareSecureReview,
) -> EdxProctoringReviewCallbackCreateResponse200:
    """Receive a proctoring review callback

    Receives the review of an exam attempt from the Software Secure (RPNow) proctoring service; this is
    the older callback, kept for that service. The body is the service's review, naming the attempt by
    its attempt code in `examMetaData.examCode`; its status and comments are recorded as the attempt's
    review. No sign-in is needed. A review the attempt already has is refused (400) unless the
    deployment allows review updates; an unknown attempt code, a record locator that does not match the
    attempt or a review status the service does not use also answers 400.

    Who may call: anyone, signed in or not. No sign-in is checked; the attempt is found by the attempt
    code the proctoring service sends.

    Args:
        body (EdxProctoringSoftwareSecureReview): A review in the Software Secure format. Members
            other than these are kept as the review's raw data.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringReviewCallbackCreateResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringSoftwareSecureReview,
) -> Response[EdxProctoringReviewCallbackCreateResponse200]:
    """Receive a proctoring review callback

    Receives the review of an exam attempt from the Software Secure (RPNow) proctoring service; this is
    the older callback, kept for that service. The body is the service's review, naming the attempt by
    its attempt code in `examMetaData.examCode`; its status and comments are recorded as the attempt's
    review. No sign-in is needed. A review the attempt already has is refused (400) unless the
    deployment allows review updates; an unknown attempt code, a record locator that does not match the
    attempt or a review status the service does not use also answers 400.

    Who may call: anyone, signed in or not. No sign-in is checked; the attempt is found by the attempt
    code the proctoring service sends.

    Args:
        body (EdxProctoringSoftwareSecureReview): A review in the Software Secure format. Members
            other than these are kept as the review's raw data.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringReviewCallbackCreateResponse200]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringSoftwareSecureReview,
) -> EdxProctoringReviewCallbackCreateResponse200:
    """Receive a proctoring review callback

    Receives the review of an exam attempt from the Software Secure (RPNow) proctoring service; this is
    the older callback, kept for that service. The body is the service's review, naming the attempt by
    its attempt code in `examMetaData.examCode`; its status and comments are recorded as the attempt's
    review. No sign-in is needed. A review the attempt already has is refused (400) unless the
    deployment allows review updates; an unknown attempt code, a record locator that does not match the
    attempt or a review status the service does not use also answers 400.

    Who may call: anyone, signed in or not. No sign-in is checked; the attempt is found by the attempt
    code the proctoring service sends.

    Args:
        body (EdxProctoringSoftwareSecureReview): A review in the Software Secure format. Members
            other than these are kept as the review's raw data.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringReviewCallbackCreateResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
