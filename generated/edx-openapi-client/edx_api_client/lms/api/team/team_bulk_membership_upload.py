from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team_bulk_membership_upload_request import (
    TeamBulkMembershipUploadRequest,
)
from ...models.team_bulk_membership_upload_result import TeamBulkMembershipUploadResult
from ...types import Response


def _get_kwargs(
    course_id: str,
    *,
    body: TeamBulkMembershipUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/team/v0/bulk_team_membership/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TeamBulkMembershipUploadResult:
    if response.status_code == 201:
        response_201 = TeamBulkMembershipUploadResult.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TeamBulkMembershipUploadResult]:
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
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamBulkMembershipUploadRequest,
) -> Response[TeamBulkMembershipUploadResult]:
    """Change the team memberships of a course run from a CSV upload

    Reads an uploaded CSV file from the multipart form field `csv` and changes the team memberships of
    the course run `course_id` accordingly. Answers 201 with a message counting the learners affected,
    or 400 with the problems found in the file (nothing is changed then). Only the course's staff and
    instructors and global staff may call it (403 for anyone else); an unknown course answers 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (TeamBulkMembershipUploadRequest): The multipart form carrying the CSV file of team
            memberships.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[TeamBulkMembershipUploadResult]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamBulkMembershipUploadRequest,
) -> TeamBulkMembershipUploadResult:
    """Change the team memberships of a course run from a CSV upload

    Reads an uploaded CSV file from the multipart form field `csv` and changes the team memberships of
    the course run `course_id` accordingly. Answers 201 with a message counting the learners affected,
    or 400 with the problems found in the file (nothing is changed then). Only the course's staff and
    instructors and global staff may call it (403 for anyone else); an unknown course answers 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (TeamBulkMembershipUploadRequest): The multipart form carrying the CSV file of team
            memberships.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        TeamBulkMembershipUploadResult
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamBulkMembershipUploadRequest,
) -> Response[TeamBulkMembershipUploadResult]:
    """Change the team memberships of a course run from a CSV upload

    Reads an uploaded CSV file from the multipart form field `csv` and changes the team memberships of
    the course run `course_id` accordingly. Answers 201 with a message counting the learners affected,
    or 400 with the problems found in the file (nothing is changed then). Only the course's staff and
    instructors and global staff may call it (403 for anyone else); an unknown course answers 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (TeamBulkMembershipUploadRequest): The multipart form carrying the CSV file of team
            memberships.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[TeamBulkMembershipUploadResult]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamBulkMembershipUploadRequest,
) -> TeamBulkMembershipUploadResult:
    """Change the team memberships of a course run from a CSV upload

    Reads an uploaded CSV file from the multipart form field `csv` and changes the team memberships of
    the course run `course_id` accordingly. Answers 201 with a message counting the learners affected,
    or 400 with the problems found in the file (nothing is changed then). Only the course's staff and
    instructors and global staff may call it (403 for anyone else); an unknown course answers 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (TeamBulkMembershipUploadRequest): The multipart form carrying the CSV file of team
            memberships.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        TeamBulkMembershipUploadResult
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            body=body,
        )
    ).parsed
