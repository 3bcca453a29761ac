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

    The POST callback handler at the proctoring review callback path; the doc's whole text is "Post
    callback handler". In the plugin this is the older callback of the Software Secure (RPNow)
    proctoring service, kept for that service: the body is the service's review of an attempt, named by
    the attempt code in `examMetaData.examCode`. The plugin converts it to a review of the attempt (its
    status and comments) and records it; a review the attempt already has is refused unless the
    deployment allows review updates.

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

    The POST callback handler at the proctoring review callback path; the doc's whole text is "Post
    callback handler". In the plugin this is the older callback of the Software Secure (RPNow)
    proctoring service, kept for that service: the body is the service's review of an attempt, named by
    the attempt code in `examMetaData.examCode`. The plugin converts it to a review of the attempt (its
    status and comments) and records it; a review the attempt already has is refused unless the
    deployment allows review updates.

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

    The POST callback handler at the proctoring review callback path; the doc's whole text is "Post
    callback handler". In the plugin this is the older callback of the Software Secure (RPNow)
    proctoring service, kept for that service: the body is the service's review of an attempt, named by
    the attempt code in `examMetaData.examCode`. The plugin converts it to a review of the attempt (its
    status and comments) and records it; a review the attempt already has is refused unless the
    deployment allows review updates.

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

    The POST callback handler at the proctoring review callback path; the doc's whole text is "Post
    callback handler". In the plugin this is the older callback of the Software Secure (RPNow)
    proctoring service, kept for that service: the body is the service's review of an attempt, named by
    the attempt code in `examMetaData.examCode`. The plugin converts it to a review of the attempt (its
    status and comments) and records it; a review the attempt already has is refused unless the
    deployment allows review updates.

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
