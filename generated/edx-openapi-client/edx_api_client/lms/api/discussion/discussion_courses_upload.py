from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_file_upload import DiscussionFileUpload
from ...models.discussion_uploaded_file import DiscussionUploadedFile
from ...types import Response


def _get_kwargs(
    course_id: str,
    *,
    body: DiscussionFileUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/discussion/v1/courses/{course_id}/upload".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscussionUploadedFile:
    if response.status_code == 200:
        response_200 = DiscussionUploadedFile.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscussionUploadedFile]:
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
    body: DiscussionFileUpload,
) -> Response[DiscussionUploadedFile]:
    """Upload a file to a course's discussions

    Stores a file for the discussions of the course named in the path and answers 200 with the file's
    URL. The file is the multipart field `uploaded_file` (of an allowed type and size; 400 without one)
    and `thread_key` names the thread it belongs to (`root` for a new post). Learners enrolled in the
    course, its staff, instructors and discussion moderators, and global staff may upload (403 for
    others).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass too.

    Args:
        course_id (str):
        body (DiscussionFileUpload): A file to attach to a post, as a multipart form.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionUploadedFile]: the status, headers, raw body and parsed body.
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
    body: DiscussionFileUpload,
) -> DiscussionUploadedFile:
    """Upload a file to a course's discussions

    Stores a file for the discussions of the course named in the path and answers 200 with the file's
    URL. The file is the multipart field `uploaded_file` (of an allowed type and size; 400 without one)
    and `thread_key` names the thread it belongs to (`root` for a new post). Learners enrolled in the
    course, its staff, instructors and discussion moderators, and global staff may upload (403 for
    others).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass too.

    Args:
        course_id (str):
        body (DiscussionFileUpload): A file to attach to a post, as a multipart form.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionUploadedFile
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
    body: DiscussionFileUpload,
) -> Response[DiscussionUploadedFile]:
    """Upload a file to a course's discussions

    Stores a file for the discussions of the course named in the path and answers 200 with the file's
    URL. The file is the multipart field `uploaded_file` (of an allowed type and size; 400 without one)
    and `thread_key` names the thread it belongs to (`root` for a new post). Learners enrolled in the
    course, its staff, instructors and discussion moderators, and global staff may upload (403 for
    others).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass too.

    Args:
        course_id (str):
        body (DiscussionFileUpload): A file to attach to a post, as a multipart form.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionUploadedFile]: the status, headers, raw body and parsed body.
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
    body: DiscussionFileUpload,
) -> DiscussionUploadedFile:
    """Upload a file to a course's discussions

    Stores a file for the discussions of the course named in the path and answers 200 with the file's
    URL. The file is the multipart field `uploaded_file` (of an allowed type and size; 400 without one)
    and `thread_key` names the thread it belongs to (`root` for a new post). Learners enrolled in the
    course, its staff, instructors and discussion moderators, and global staff may upload (403 for
    others).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass too.

    Args:
        course_id (str):
        body (DiscussionFileUpload): A file to attach to a post, as a multipart form.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionUploadedFile
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            body=body,
        )
    ).parsed
