from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ora_staff_grader_initialize import OraStaffGraderInitialize
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
        "url": "/ora_staff_grader/initialize",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OraStaffGraderInitialize:
    if response.status_code == 200:
        response_200 = OraStaffGraderInitialize.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OraStaffGraderInitialize]:
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
) -> Response[OraStaffGraderInitialize]:
    """Get the course metadata for the staff grader

    Returns what the ORA staff grading app needs to start on the open response assessment named by its
    usage key in `oraLocation`: the course's header data, the assessment's configuration and rubric, a
    summary of every submission keyed by submission UUID, and whether the staff grader is turned on for
    the course. Signed-in users only; the ORA handlers behind it check course staff rights (course staff
    and global staff pass), and a refusal there comes back as a 500 with `ERR_INTERNAL`.

    Who may call: staff of the course `oraLocation`, or global staff. Anyone else gets 403. The view
    itself only requires a signed-in user; the assessment block's handlers it calls admit only staff of
    the block's course (course staff or global staff), and their refusal comes back as a server error
    (500), not as a 403. The course is the one the `oraLocation` usage key belongs to.

    Args:
        ora_location (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[OraStaffGraderInitialize]: the status, headers, raw body and parsed body.
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
) -> OraStaffGraderInitialize:
    """Get the course metadata for the staff grader

    Returns what the ORA staff grading app needs to start on the open response assessment named by its
    usage key in `oraLocation`: the course's header data, the assessment's configuration and rubric, a
    summary of every submission keyed by submission UUID, and whether the staff grader is turned on for
    the course. Signed-in users only; the ORA handlers behind it check course staff rights (course staff
    and global staff pass), and a refusal there comes back as a 500 with `ERR_INTERNAL`.

    Who may call: staff of the course `oraLocation`, or global staff. Anyone else gets 403. The view
    itself only requires a signed-in user; the assessment block's handlers it calls admit only staff of
    the block's course (course staff or global staff), and their refusal comes back as a server error
    (500), not as a 403. The course is the one the `oraLocation` usage key belongs to.

    Args:
        ora_location (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        OraStaffGraderInitialize
    """

    return sync_detailed(
        client=client,
        ora_location=ora_location,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ora_location: str,
) -> Response[OraStaffGraderInitialize]:
    """Get the course metadata for the staff grader

    Returns what the ORA staff grading app needs to start on the open response assessment named by its
    usage key in `oraLocation`: the course's header data, the assessment's configuration and rubric, a
    summary of every submission keyed by submission UUID, and whether the staff grader is turned on for
    the course. Signed-in users only; the ORA handlers behind it check course staff rights (course staff
    and global staff pass), and a refusal there comes back as a 500 with `ERR_INTERNAL`.

    Who may call: staff of the course `oraLocation`, or global staff. Anyone else gets 403. The view
    itself only requires a signed-in user; the assessment block's handlers it calls admit only staff of
    the block's course (course staff or global staff), and their refusal comes back as a server error
    (500), not as a 403. The course is the one the `oraLocation` usage key belongs to.

    Args:
        ora_location (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[OraStaffGraderInitialize]: the status, headers, raw body and parsed body.
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
) -> OraStaffGraderInitialize:
    """Get the course metadata for the staff grader

    Returns what the ORA staff grading app needs to start on the open response assessment named by its
    usage key in `oraLocation`: the course's header data, the assessment's configuration and rubric, a
    summary of every submission keyed by submission UUID, and whether the staff grader is turned on for
    the course. Signed-in users only; the ORA handlers behind it check course staff rights (course staff
    and global staff pass), and a refusal there comes back as a 500 with `ERR_INTERNAL`.

    Who may call: staff of the course `oraLocation`, or global staff. Anyone else gets 403. The view
    itself only requires a signed-in user; the assessment block's handlers it calls admit only staff of
    the block's course (course staff or global staff), and their refusal comes back as a server error
    (500), not as a 403. The course is the one the `oraLocation` usage key belongs to.

    Args:
        ora_location (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        OraStaffGraderInitialize
    """

    return (
        await asyncio_detailed(
            client=client,
            ora_location=ora_location,
        )
    ).parsed
