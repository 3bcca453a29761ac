from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ora_staff_grader_grade_request import OraStaffGraderGradeRequest
from ...models.ora_staff_grader_submission_status import OraStaffGraderSubmissionStatus
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: OraStaffGraderGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["oraLocation"] = ora_location

    params["submissionUUID"] = submission_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ora_staff_grader/submission/grade",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OraStaffGraderSubmissionStatus:
    if response.status_code == 200:
        response_200 = OraStaffGraderSubmissionStatus.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OraStaffGraderSubmissionStatus]:
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
    body: OraStaffGraderGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> Response[OraStaffGraderSubmissionStatus]:
    """Grade a submission

    Submits or updates the staff grade of the submission `submissionUUID` of the assessment
    `oraLocation`. The body carries the overall feedback and, per rubric criterion, the option chosen
    and optional feedback. The caller must hold the submission's grading lock (lock status `in-
    progress`), else the answer is 409 `ERR_GRADE_CONTESTED` with the submission's current status. Once
    the grade is saved the lock is released and the answer is the submission's new status. Course staff
    and global staff may call it; any other signed-in user is refused by the assessment's handlers, and
    that refusal comes back as a 500, not a 403.

    Who may call: staff of the course `oraLocation`, or global staff. Anyone else gets 403. The view
    itself only requires a signed-in user; the assessment block's handlers it calls admit only staff of
    the block's course (course staff or global staff), and their refusal comes back as a server error
    (500), not as a 403. The course is the one the `oraLocation` usage key belongs to.

    Args:
        ora_location (str):
        submission_uuid (str):
        body (OraStaffGraderGradeRequest): The grade of a submission (a first grade or an update):
            the overall feedback and one entry per rubric criterion. A criterion's option and feedback
            are passed on only when not empty.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[OraStaffGraderSubmissionStatus]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        ora_location=ora_location,
        submission_uuid=submission_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OraStaffGraderGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderSubmissionStatus:
    """Grade a submission

    Submits or updates the staff grade of the submission `submissionUUID` of the assessment
    `oraLocation`. The body carries the overall feedback and, per rubric criterion, the option chosen
    and optional feedback. The caller must hold the submission's grading lock (lock status `in-
    progress`), else the answer is 409 `ERR_GRADE_CONTESTED` with the submission's current status. Once
    the grade is saved the lock is released and the answer is the submission's new status. Course staff
    and global staff may call it; any other signed-in user is refused by the assessment's handlers, and
    that refusal comes back as a 500, not a 403.

    Who may call: staff of the course `oraLocation`, or global staff. Anyone else gets 403. The view
    itself only requires a signed-in user; the assessment block's handlers it calls admit only staff of
    the block's course (course staff or global staff), and their refusal comes back as a server error
    (500), not as a 403. The course is the one the `oraLocation` usage key belongs to.

    Args:
        ora_location (str):
        submission_uuid (str):
        body (OraStaffGraderGradeRequest): The grade of a submission (a first grade or an update):
            the overall feedback and one entry per rubric criterion. A criterion's option and feedback
            are passed on only when not empty.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        OraStaffGraderSubmissionStatus
    """

    return sync_detailed(
        client=client,
        body=body,
        ora_location=ora_location,
        submission_uuid=submission_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OraStaffGraderGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> Response[OraStaffGraderSubmissionStatus]:
    """Grade a submission

    Submits or updates the staff grade of the submission `submissionUUID` of the assessment
    `oraLocation`. The body carries the overall feedback and, per rubric criterion, the option chosen
    and optional feedback. The caller must hold the submission's grading lock (lock status `in-
    progress`), else the answer is 409 `ERR_GRADE_CONTESTED` with the submission's current status. Once
    the grade is saved the lock is released and the answer is the submission's new status. Course staff
    and global staff may call it; any other signed-in user is refused by the assessment's handlers, and
    that refusal comes back as a 500, not a 403.

    Who may call: staff of the course `oraLocation`, or global staff. Anyone else gets 403. The view
    itself only requires a signed-in user; the assessment block's handlers it calls admit only staff of
    the block's course (course staff or global staff), and their refusal comes back as a server error
    (500), not as a 403. The course is the one the `oraLocation` usage key belongs to.

    Args:
        ora_location (str):
        submission_uuid (str):
        body (OraStaffGraderGradeRequest): The grade of a submission (a first grade or an update):
            the overall feedback and one entry per rubric criterion. A criterion's option and feedback
            are passed on only when not empty.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[OraStaffGraderSubmissionStatus]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        ora_location=ora_location,
        submission_uuid=submission_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OraStaffGraderGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderSubmissionStatus:
    """Grade a submission

    Submits or updates the staff grade of the submission `submissionUUID` of the assessment
    `oraLocation`. The body carries the overall feedback and, per rubric criterion, the option chosen
    and optional feedback. The caller must hold the submission's grading lock (lock status `in-
    progress`), else the answer is 409 `ERR_GRADE_CONTESTED` with the submission's current status. Once
    the grade is saved the lock is released and the answer is the submission's new status. Course staff
    and global staff may call it; any other signed-in user is refused by the assessment's handlers, and
    that refusal comes back as a 500, not a 403.

    Who may call: staff of the course `oraLocation`, or global staff. Anyone else gets 403. The view
    itself only requires a signed-in user; the assessment block's handlers it calls admit only staff of
    the block's course (course staff or global staff), and their refusal comes back as a server error
    (500), not as a 403. The course is the one the `oraLocation` usage key belongs to.

    Args:
        ora_location (str):
        submission_uuid (str):
        body (OraStaffGraderGradeRequest): The grade of a submission (a first grade or an update):
            the overall feedback and one entry per rubric criterion. A criterion's option and feedback
            are passed on only when not empty.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        OraStaffGraderSubmissionStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            ora_location=ora_location,
            submission_uuid=submission_uuid,
        )
    ).parsed
