from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ora_staff_grader_batch_unlock_request import (
    OraStaffGraderBatchUnlockRequest,
)
from ...models.ora_staff_grader_batch_unlock_response import (
    OraStaffGraderBatchUnlockResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: OraStaffGraderBatchUnlockRequest,
    ora_location: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["oraLocation"] = ora_location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ora_staff_grader/submission/batch/unlock",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OraStaffGraderBatchUnlockResponse:
    if response.status_code == 200:
        response_200 = OraStaffGraderBatchUnlockResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OraStaffGraderBatchUnlockResponse]:
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
    body: OraStaffGraderBatchUnlockRequest,
    ora_location: str,
) -> Response[OraStaffGraderBatchUnlockResponse]:
    """Release several submission locks

    Deletes a group of submission locks at once for the assessment `oraLocation`: of the submission
    UUIDs in the body's `submissionUUIDs` array, only the locks the requesting user owns are released. A
    body without that array answers 400 `ERR_MISSING_PARAM`; success answers an empty object. Course
    staff and global staff may call it; any other signed-in user is refused by the assessment's
    handlers, and that refusal comes back as a 500, not a 403.

    Who may call: staff of the course `oraLocation`, or global staff. Anyone else gets 403. The view
    itself only requires a signed-in user; the assessment block's handlers it calls admit only staff of
    the block's course (course staff or global staff), and their refusal comes back as a server error
    (500), not as a 403. The course is the one the `oraLocation` usage key belongs to.

    Args:
        ora_location (str):
        body (OraStaffGraderBatchUnlockRequest): The list of submissions whose locks are to be
            released, under `submissionUUIDs`.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[OraStaffGraderBatchUnlockResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        ora_location=ora_location,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OraStaffGraderBatchUnlockRequest,
    ora_location: str,
) -> OraStaffGraderBatchUnlockResponse:
    """Release several submission locks

    Deletes a group of submission locks at once for the assessment `oraLocation`: of the submission
    UUIDs in the body's `submissionUUIDs` array, only the locks the requesting user owns are released. A
    body without that array answers 400 `ERR_MISSING_PARAM`; success answers an empty object. Course
    staff and global staff may call it; any other signed-in user is refused by the assessment's
    handlers, and that refusal comes back as a 500, not a 403.

    Who may call: staff of the course `oraLocation`, or global staff. Anyone else gets 403. The view
    itself only requires a signed-in user; the assessment block's handlers it calls admit only staff of
    the block's course (course staff or global staff), and their refusal comes back as a server error
    (500), not as a 403. The course is the one the `oraLocation` usage key belongs to.

    Args:
        ora_location (str):
        body (OraStaffGraderBatchUnlockRequest): The list of submissions whose locks are to be
            released, under `submissionUUIDs`.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        OraStaffGraderBatchUnlockResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        ora_location=ora_location,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OraStaffGraderBatchUnlockRequest,
    ora_location: str,
) -> Response[OraStaffGraderBatchUnlockResponse]:
    """Release several submission locks

    Deletes a group of submission locks at once for the assessment `oraLocation`: of the submission
    UUIDs in the body's `submissionUUIDs` array, only the locks the requesting user owns are released. A
    body without that array answers 400 `ERR_MISSING_PARAM`; success answers an empty object. Course
    staff and global staff may call it; any other signed-in user is refused by the assessment's
    handlers, and that refusal comes back as a 500, not a 403.

    Who may call: staff of the course `oraLocation`, or global staff. Anyone else gets 403. The view
    itself only requires a signed-in user; the assessment block's handlers it calls admit only staff of
    the block's course (course staff or global staff), and their refusal comes back as a server error
    (500), not as a 403. The course is the one the `oraLocation` usage key belongs to.

    Args:
        ora_location (str):
        body (OraStaffGraderBatchUnlockRequest): The list of submissions whose locks are to be
            released, under `submissionUUIDs`.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[OraStaffGraderBatchUnlockResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        ora_location=ora_location,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OraStaffGraderBatchUnlockRequest,
    ora_location: str,
) -> OraStaffGraderBatchUnlockResponse:
    """Release several submission locks

    Deletes a group of submission locks at once for the assessment `oraLocation`: of the submission
    UUIDs in the body's `submissionUUIDs` array, only the locks the requesting user owns are released. A
    body without that array answers 400 `ERR_MISSING_PARAM`; success answers an empty object. Course
    staff and global staff may call it; any other signed-in user is refused by the assessment's
    handlers, and that refusal comes back as a 500, not a 403.

    Who may call: staff of the course `oraLocation`, or global staff. Anyone else gets 403. The view
    itself only requires a signed-in user; the assessment block's handlers it calls admit only staff of
    the block's course (course staff or global staff), and their refusal comes back as a server error
    (500), not as a 403. The course is the one the `oraLocation` usage key belongs to.

    Args:
        ora_location (str):
        body (OraStaffGraderBatchUnlockRequest): The list of submissions whose locks are to be
            released, under `submissionUUIDs`.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        OraStaffGraderBatchUnlockResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            ora_location=ora_location,
        )
    ).parsed
