from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ora_staff_grader_mock_submission import OraStaffGraderMockSubmission
from ...types import UNSET, Response


def _get_kwargs(
    *,
    ora_location: str,
    submission_uuid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["oraLocation"] = ora_location

    params["submissionUUID"] = submission_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ora_staff_grader/mock/submission",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OraStaffGraderMockSubmission:
    if response.status_code == 200:
        response_200 = OraStaffGraderMockSubmission.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OraStaffGraderMockSubmission]:
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
    ora_location: str,
    submission_uuid: str,
) -> Response[OraStaffGraderMockSubmission]:
    """Get a submission (mock)

    The mock variant of the staff grader's submission endpoint: returns the stored submission named by
    `oraLocation` and `submissionUUID`, namely its grade data, grade status and lock status with the
    stored learner response. No sign-in is needed.

    Who may call: anyone, signed in or not. The mock view sets no permission class and the LMS's DRF
    defaults add none, so no sign-in is needed; it answers canned test data.

    Args:
        ora_location (str):
        submission_uuid (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[OraStaffGraderMockSubmission]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
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
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockSubmission:
    """Get a submission (mock)

    The mock variant of the staff grader's submission endpoint: returns the stored submission named by
    `oraLocation` and `submissionUUID`, namely its grade data, grade status and lock status with the
    stored learner response. No sign-in is needed.

    Who may call: anyone, signed in or not. The mock view sets no permission class and the LMS's DRF
    defaults add none, so no sign-in is needed; it answers canned test data.

    Args:
        ora_location (str):
        submission_uuid (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        OraStaffGraderMockSubmission
    """

    return sync_detailed(
        client=client,
        ora_location=ora_location,
        submission_uuid=submission_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ora_location: str,
    submission_uuid: str,
) -> Response[OraStaffGraderMockSubmission]:
    """Get a submission (mock)

    The mock variant of the staff grader's submission endpoint: returns the stored submission named by
    `oraLocation` and `submissionUUID`, namely its grade data, grade status and lock status with the
    stored learner response. No sign-in is needed.

    Who may call: anyone, signed in or not. The mock view sets no permission class and the LMS's DRF
    defaults add none, so no sign-in is needed; it answers canned test data.

    Args:
        ora_location (str):
        submission_uuid (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[OraStaffGraderMockSubmission]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockSubmission:
    """Get a submission (mock)

    The mock variant of the staff grader's submission endpoint: returns the stored submission named by
    `oraLocation` and `submissionUUID`, namely its grade data, grade status and lock status with the
    stored learner response. No sign-in is needed.

    Who may call: anyone, signed in or not. The mock view sets no permission class and the LMS's DRF
    defaults add none, so no sign-in is needed; it answers canned test data.

    Args:
        ora_location (str):
        submission_uuid (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        OraStaffGraderMockSubmission
    """

    return (
        await asyncio_detailed(
            client=client,
            ora_location=ora_location,
            submission_uuid=submission_uuid,
        )
    ).parsed
