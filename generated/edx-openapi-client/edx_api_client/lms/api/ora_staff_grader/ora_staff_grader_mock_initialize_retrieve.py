from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ora_staff_grader_mock_initialize import OraStaffGraderMockInitialize
from ...types import UNSET, Response


def _get_kwargs(
    *,
    ora_location: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["oraLocation"] = ora_location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ora_staff_grader/mock/initialize",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OraStaffGraderMockInitialize:
    if response.status_code == 200:
        response_200 = OraStaffGraderMockInitialize.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OraStaffGraderMockInitialize]:
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
) -> Response[OraStaffGraderMockInitialize]:
    """Get the initial app state (mock)

    The mock variant of the staff grader's initialize endpoint: returns the app's initial state for the
    assessment whose usage key is in `oraLocation`, namely the course metadata, assessment metadata and
    submission list that the mock's JSON data files hold for that key (without the submissions' grade
    data and without `isEnabled`); a key the files do not hold is a server error. No sign-in is needed.

    Who may call: anyone, signed in or not. The mock view sets no permission class and the LMS's DRF
    defaults add none, so no sign-in is needed; it answers canned test data.

    Args:
        ora_location (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[OraStaffGraderMockInitialize]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        ora_location=ora_location,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ora_location: str,
) -> OraStaffGraderMockInitialize:
    """Get the initial app state (mock)

    The mock variant of the staff grader's initialize endpoint: returns the app's initial state for the
    assessment whose usage key is in `oraLocation`, namely the course metadata, assessment metadata and
    submission list that the mock's JSON data files hold for that key (without the submissions' grade
    data and without `isEnabled`); a key the files do not hold is a server error. No sign-in is needed.

    Who may call: anyone, signed in or not. The mock view sets no permission class and the LMS's DRF
    defaults add none, so no sign-in is needed; it answers canned test data.

    Args:
        ora_location (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        OraStaffGraderMockInitialize
    """

    return sync_detailed(
        client=client,
        ora_location=ora_location,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ora_location: str,
) -> Response[OraStaffGraderMockInitialize]:
    """Get the initial app state (mock)

    The mock variant of the staff grader's initialize endpoint: returns the app's initial state for the
    assessment whose usage key is in `oraLocation`, namely the course metadata, assessment metadata and
    submission list that the mock's JSON data files hold for that key (without the submissions' grade
    data and without `isEnabled`); a key the files do not hold is a server error. No sign-in is needed.

    Who may call: anyone, signed in or not. The mock view sets no permission class and the LMS's DRF
    defaults add none, so no sign-in is needed; it answers canned test data.

    Args:
        ora_location (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[OraStaffGraderMockInitialize]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        ora_location=ora_location,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ora_location: str,
) -> OraStaffGraderMockInitialize:
    """Get the initial app state (mock)

    The mock variant of the staff grader's initialize endpoint: returns the app's initial state for the
    assessment whose usage key is in `oraLocation`, namely the course metadata, assessment metadata and
    submission list that the mock's JSON data files hold for that key (without the submissions' grade
    data and without `isEnabled`); a key the files do not hold is a server error. No sign-in is needed.

    Who may call: anyone, signed in or not. The mock view sets no permission class and the LMS's DRF
    defaults add none, so no sign-in is needed; it answers canned test data.

    Args:
        ora_location (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        OraStaffGraderMockInitialize
    """

    return (
        await asyncio_detailed(
            client=client,
            ora_location=ora_location,
        )
    ).parsed
