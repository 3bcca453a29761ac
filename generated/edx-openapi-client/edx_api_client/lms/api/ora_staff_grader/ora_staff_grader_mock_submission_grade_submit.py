from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ora_staff_grader_mock_grade_request import OraStaffGraderMockGradeRequest
from ...models.ora_staff_grader_mock_grade_result import OraStaffGraderMockGradeResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: OraStaffGraderMockGradeRequest,
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
        "url": "/ora_staff_grader/mock/submission/grade",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OraStaffGraderMockGradeResult:
    if response.status_code == 200:
        response_200 = OraStaffGraderMockGradeResult.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OraStaffGraderMockGradeResult]:
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
    body: OraStaffGraderMockGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> Response[OraStaffGraderMockGradeResult]:
    """Save a grade update (mock)

    The mock variant of grading a submission: picks the submission by `oraLocation` and
    `submissionUUID`, stores the JSON object sent as its grade data (adding a fixed score of 70 out of
    100), marks it graded and unlocked, and answers the new status with the grade data. No sign-in is
    needed.

    Who may call: anyone, signed in or not. The mock view sets no permission class and the LMS's DRF
    defaults add none, so no sign-in is needed; it answers canned test data.

    Args:
        ora_location (str):
        submission_uuid (str):
        body (OraStaffGraderMockGradeRequest): The grade data to store, as a JSON object; the mock
            keeps whatever members are sent and overwrites `score`.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[OraStaffGraderMockGradeResult]: the status, headers, raw body and parsed body.
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
    body: OraStaffGraderMockGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockGradeResult:
    """Save a grade update (mock)

    The mock variant of grading a submission: picks the submission by `oraLocation` and
    `submissionUUID`, stores the JSON object sent as its grade data (adding a fixed score of 70 out of
    100), marks it graded and unlocked, and answers the new status with the grade data. No sign-in is
    needed.

    Who may call: anyone, signed in or not. The mock view sets no permission class and the LMS's DRF
    defaults add none, so no sign-in is needed; it answers canned test data.

    Args:
        ora_location (str):
        submission_uuid (str):
        body (OraStaffGraderMockGradeRequest): The grade data to store, as a JSON object; the mock
            keeps whatever members are sent and overwrites `score`.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        OraStaffGraderMockGradeResult
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
    body: OraStaffGraderMockGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> Response[OraStaffGraderMockGradeResult]:
    """Save a grade update (mock)

    The mock variant of grading a submission: picks the submission by `oraLocation` and
    `submissionUUID`, stores the JSON object sent as its grade data (adding a fixed score of 70 out of
    100), marks it graded and unlocked, and answers the new status with the grade data. No sign-in is
    needed.

    Who may call: anyone, signed in or not. The mock view sets no permission class and the LMS's DRF
    defaults add none, so no sign-in is needed; it answers canned test data.

    Args:
        ora_location (str):
        submission_uuid (str):
        body (OraStaffGraderMockGradeRequest): The grade data to store, as a JSON object; the mock
            keeps whatever members are sent and overwrites `score`.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[OraStaffGraderMockGradeResult]: the status, headers, raw body and parsed body.
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
    body: OraStaffGraderMockGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockGradeResult:
    """Save a grade update (mock)

    The mock variant of grading a submission: picks the submission by `oraLocation` and
    `submissionUUID`, stores the JSON object sent as its grade data (adding a fixed score of 70 out of
    100), marks it graded and unlocked, and answers the new status with the grade data. No sign-in is
    needed.

    Who may call: anyone, signed in or not. The mock view sets no permission class and the LMS's DRF
    defaults add none, so no sign-in is needed; it answers canned test data.

    Args:
        ora_location (str):
        submission_uuid (str):
        body (OraStaffGraderMockGradeRequest): The grade data to store, as a JSON object; the mock
            keeps whatever members are sent and overwrites `score`.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        OraStaffGraderMockGradeResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            ora_location=ora_location,
            submission_uuid=submission_uuid,
        )
    ).parsed
