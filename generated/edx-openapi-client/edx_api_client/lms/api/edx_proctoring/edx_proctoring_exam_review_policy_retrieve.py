from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_review_policy import EdxProctoringReviewPolicy
from ...types import Response


def _get_kwargs(
    exam_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_proctoring/v1/proctored_exam/review_policy/exam_id/{exam_id}/".format(
            exam_id=quote(str(exam_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringReviewPolicy:
    if response.status_code == 200:
        response_200 = EdxProctoringReviewPolicy.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringReviewPolicy]:
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
    exam_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EdxProctoringReviewPolicy]:
    """Get the review policy of a proctored exam

    Returns the review policy of the proctored exam in the path: one member, the policy's text, null
    when the exam has no policy (an exam id without an exam answers the same). Any signed-in user may
    call it.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        exam_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringReviewPolicy]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        exam_id=exam_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    exam_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> EdxProctoringReviewPolicy:
    """Get the review policy of a proctored exam

    Returns the review policy of the proctored exam in the path: one member, the policy's text, null
    when the exam has no policy (an exam id without an exam answers the same). Any signed-in user may
    call it.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        exam_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringReviewPolicy
    """

    return sync_detailed(
        exam_id=exam_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    exam_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EdxProctoringReviewPolicy]:
    """Get the review policy of a proctored exam

    Returns the review policy of the proctored exam in the path: one member, the policy's text, null
    when the exam has no policy (an exam id without an exam answers the same). Any signed-in user may
    call it.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        exam_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringReviewPolicy]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        exam_id=exam_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    exam_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> EdxProctoringReviewPolicy:
    """Get the review policy of a proctored exam

    Returns the review policy of the proctored exam in the path: one member, the policy's text, null
    when the exam has no policy (an exam id without an exam answers the same). Any signed-in user may
    call it.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        exam_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringReviewPolicy
    """

    return (
        await asyncio_detailed(
            exam_id=exam_id,
            client=client,
        )
    ).parsed
