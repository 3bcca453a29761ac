from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.courseware_celebration_update import CoursewareCelebrationUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_key_string: str,
    *,
    body: CoursewareCelebrationUpdate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/courseware/celebration/{course_key_string}".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    if isinstance(body, CoursewareCelebrationUpdate):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 200:
        return errors.decoded_body(response)
    if response.status_code == 201:
        return errors.decoded_body(response)
    if response.status_code == 202:
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
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    body: CoursewareCelebrationUpdate | Unset = UNSET,
) -> Response[Any]:
    """Update the learner's celebration state in a course

    Records which celebrations (first section, weekly goal) the signed-in learner has seen in the
    course. Only a learner enrolled in the course can record them; anyone else signed in gets 404. While
    staff masquerade as another user the request is accepted and ignored (202). Answers 201 when the
    state is recorded for the first time, 200 otherwise, without a body; an unknown key in the body
    answers 400.

    Who may call: a learner enrolled in the course `course_key_string`. Anyone else gets 404. Any
    signed-in user passes the permission class, but the view answers 404 unless the caller is enrolled
    in the course. Course or global staff masquerading as another user get 202 and nothing is recorded.

    Args:
        course_key_string (str):
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    body: CoursewareCelebrationUpdate | Unset = UNSET,
) -> Any:
    """Update the learner's celebration state in a course

    Records which celebrations (first section, weekly goal) the signed-in learner has seen in the
    course. Only a learner enrolled in the course can record them; anyone else signed in gets 404. While
    staff masquerade as another user the request is accepted and ignored (202). Answers 201 when the
    state is recorded for the first time, 200 otherwise, without a body; an unknown key in the body
    answers 400.

    Who may call: a learner enrolled in the course `course_key_string`. Anyone else gets 404. Any
    signed-in user passes the permission class, but the view answers 404 unless the caller is enrolled
    in the course. Course or global staff masquerading as another user get 202 and nothing is recorded.

    Args:
        course_key_string (str):
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    body: CoursewareCelebrationUpdate | Unset = UNSET,
) -> Response[Any]:
    """Update the learner's celebration state in a course

    Records which celebrations (first section, weekly goal) the signed-in learner has seen in the
    course. Only a learner enrolled in the course can record them; anyone else signed in gets 404. While
    staff masquerade as another user the request is accepted and ignored (202). Answers 201 when the
    state is recorded for the first time, 200 otherwise, without a body; an unknown key in the body
    answers 400.

    Who may call: a learner enrolled in the course `course_key_string`. Anyone else gets 404. Any
    signed-in user passes the permission class, but the view answers 404 unless the caller is enrolled
    in the course. Course or global staff masquerading as another user get 202 and nothing is recorded.

    Args:
        course_key_string (str):
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    body: CoursewareCelebrationUpdate | Unset = UNSET,
) -> Any:
    """Update the learner's celebration state in a course

    Records which celebrations (first section, weekly goal) the signed-in learner has seen in the
    course. Only a learner enrolled in the course can record them; anyone else signed in gets 404. While
    staff masquerade as another user the request is accepted and ignored (202). Answers 201 when the
    state is recorded for the first time, 200 otherwise, without a body; an unknown key in the body
    answers 400.

    Who may call: a learner enrolled in the course `course_key_string`. Anyone else gets 404. Any
    signed-in user passes the permission class, but the view answers 404 unless the caller is enrolled
    in the course. Course or global staff masquerading as another user get 202 and nothing is recorded.

    Args:
        course_key_string (str):
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.

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
            course_key_string=course_key_string,
            client=client,
            body=body,
        )
    ).parsed
