from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    course_id: str,
    schedule_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/instructor_task/v1/schedules/{course_id}/bulk_email/{schedule_id}".format(
            course_id=quote(str(course_id), safe=""),
            schedule_id=quote(str(schedule_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 204:
        return errors.decoded_body(response)
    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete a scheduled bulk email's schedule

    Deletes the schedule `schedule_id` of the course run `course_id`: the scheduled task is marked
    revoked, so the message is never sent, then the schedule is deleted. A task that has already run (or
    started) is refused with 400, an unknown schedule with 404. Course staff, course instructors and
    global staff may call it; anyone else gets 403.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. A signed-in
    user with the staff or instructor role in the course run, or global staff; anyone else gets 403. The
    schedule itself is looked up by its id alone, not within the course named in the path.

    Args:
        course_id (str):
        schedule_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        schedule_id=schedule_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Delete a scheduled bulk email's schedule

    Deletes the schedule `schedule_id` of the course run `course_id`: the scheduled task is marked
    revoked, so the message is never sent, then the schedule is deleted. A task that has already run (or
    started) is refused with 400, an unknown schedule with 404. Course staff, course instructors and
    global staff may call it; anyone else gets 403.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. A signed-in
    user with the staff or instructor role in the course run, or global staff; anyone else gets 403. The
    schedule itself is looked up by its id alone, not within the course named in the path.

    Args:
        course_id (str):
        schedule_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        course_id=course_id,
        schedule_id=schedule_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete a scheduled bulk email's schedule

    Deletes the schedule `schedule_id` of the course run `course_id`: the scheduled task is marked
    revoked, so the message is never sent, then the schedule is deleted. A task that has already run (or
    started) is refused with 400, an unknown schedule with 404. Course staff, course instructors and
    global staff may call it; anyone else gets 403.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. A signed-in
    user with the staff or instructor role in the course run, or global staff; anyone else gets 403. The
    schedule itself is looked up by its id alone, not within the course named in the path.

    Args:
        course_id (str):
        schedule_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        schedule_id=schedule_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Delete a scheduled bulk email's schedule

    Deletes the schedule `schedule_id` of the course run `course_id`: the scheduled task is marked
    revoked, so the message is never sent, then the schedule is deleted. A task that has already run (or
    started) is refused with 400, an unknown schedule with 404. Course staff, course instructors and
    global staff may call it; anyone else gets 403.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. A signed-in
    user with the staff or instructor role in the course run, or global staff; anyone else gets 403. The
    schedule itself is looked up by its id alone, not within the course named in the path.

    Args:
        course_id (str):
        schedule_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            schedule_id=schedule_id,
            client=client,
        )
    ).parsed
