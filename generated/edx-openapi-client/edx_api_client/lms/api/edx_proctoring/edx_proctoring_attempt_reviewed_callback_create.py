from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_attempt_reviewed_callback_create_response_200 import (
    EdxProctoringAttemptReviewedCallbackCreateResponse200,
)
from ...models.edx_proctoring_review import EdxProctoringReview
from ...types import Response


def _get_kwargs(
    external_id: str,
    *,
    body: EdxProctoringReview,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/edx_proctoring/v1/proctored_exam/attempt/{external_id}/reviewed".format(
            external_id=quote(str(external_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringAttemptReviewedCallbackCreateResponse200:
    if response.status_code == 200:
        response_200 = EdxProctoringAttemptReviewedCallbackCreateResponse200(
            response.json()
        )

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringAttemptReviewedCallbackCreateResponse200]:
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
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringReview,
) -> Response[EdxProctoringAttemptReviewedCallbackCreateResponse200]:
    """Receive the review of an exam attempt

    Called by the third-party proctoring service when it has finished reviewing the exam attempt with
    the given external id; the body is the review in the plugin's standard form (a REST proctoring
    service sends it as is). Only the proctoring service's reviewer account and global staff may call it
    (403 otherwise). An attempt that is no longer proctored answers 412; an unknown attempt, a review
    status outside the standard four, or a second review where updates are not allowed answer 400.

    Who may call: the service worker of another edX service, or global staff. Anyone else gets 403.
    Needs the edx_proctoring.can_review_attempt permission: members of the `<backend>_review` group (the
    proctoring service's account) or global staff. An unknown attempt answers 400 before the check.

    Args:
        external_id (str):
        body (EdxProctoringReview): A review in the plugin's standard form. The whole body is also
            kept as the review's raw data (without `videoReviewLink`).

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptReviewedCallbackCreateResponse200]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        external_id=external_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringReview,
) -> EdxProctoringAttemptReviewedCallbackCreateResponse200:
    """Receive the review of an exam attempt

    Called by the third-party proctoring service when it has finished reviewing the exam attempt with
    the given external id; the body is the review in the plugin's standard form (a REST proctoring
    service sends it as is). Only the proctoring service's reviewer account and global staff may call it
    (403 otherwise). An attempt that is no longer proctored answers 412; an unknown attempt, a review
    status outside the standard four, or a second review where updates are not allowed answer 400.

    Who may call: the service worker of another edX service, or global staff. Anyone else gets 403.
    Needs the edx_proctoring.can_review_attempt permission: members of the `<backend>_review` group (the
    proctoring service's account) or global staff. An unknown attempt answers 400 before the check.

    Args:
        external_id (str):
        body (EdxProctoringReview): A review in the plugin's standard form. The whole body is also
            kept as the review's raw data (without `videoReviewLink`).

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptReviewedCallbackCreateResponse200
    """

    return sync_detailed(
        external_id=external_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringReview,
) -> Response[EdxProctoringAttemptReviewedCallbackCreateResponse200]:
    """Receive the review of an exam attempt

    Called by the third-party proctoring service when it has finished reviewing the exam attempt with
    the given external id; the body is the review in the plugin's standard form (a REST proctoring
    service sends it as is). Only the proctoring service's reviewer account and global staff may call it
    (403 otherwise). An attempt that is no longer proctored answers 412; an unknown attempt, a review
    status outside the standard four, or a second review where updates are not allowed answer 400.

    Who may call: the service worker of another edX service, or global staff. Anyone else gets 403.
    Needs the edx_proctoring.can_review_attempt permission: members of the `<backend>_review` group (the
    proctoring service's account) or global staff. An unknown attempt answers 400 before the check.

    Args:
        external_id (str):
        body (EdxProctoringReview): A review in the plugin's standard form. The whole body is also
            kept as the review's raw data (without `videoReviewLink`).

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptReviewedCallbackCreateResponse200]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        external_id=external_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringReview,
) -> EdxProctoringAttemptReviewedCallbackCreateResponse200:
    """Receive the review of an exam attempt

    Called by the third-party proctoring service when it has finished reviewing the exam attempt with
    the given external id; the body is the review in the plugin's standard form (a REST proctoring
    service sends it as is). Only the proctoring service's reviewer account and global staff may call it
    (403 otherwise). An attempt that is no longer proctored answers 412; an unknown attempt, a review
    status outside the standard four, or a second review where updates are not allowed answer 400.

    Who may call: the service worker of another edX service, or global staff. Anyone else gets 403.
    Needs the edx_proctoring.can_review_attempt permission: members of the `<backend>_review` group (the
    proctoring service's account) or global staff. An unknown attempt answers 400 before the check.

    Args:
        external_id (str):
        body (EdxProctoringReview): A review in the plugin's standard form. The whole body is also
            kept as the review's raw data (without `videoReviewLink`).

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptReviewedCallbackCreateResponse200
    """

    return (
        await asyncio_detailed(
            external_id=external_id,
            client=client,
            body=body,
        )
    ).parsed
