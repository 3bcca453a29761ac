from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params["course_id"] = course_id

    params["thread_id"] = thread_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v1/comments/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 200:
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
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> Response[Any]:
    """List comments

    Lists comments in one of two modes. With a `username`, it returns that user's non-anonymous comments
    in the course given by `course_id` (which is then required), outside the context of any thread, so
    no endorsement information is included; `thread_id` is ignored. Without a `username`, it returns the
    comments of the thread given by `thread_id` (which is then required) with everything the forum uses;
    `course_id` is ignored, since the thread belongs to a course. The doc's parameter list names none of
    these three parameters, and it does not describe the body.

    Args:
        username (str | Unset):
        course_id (str | Unset):
        thread_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        course_id=course_id,
        thread_id=thread_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> Any:
    """List comments

    Lists comments in one of two modes. With a `username`, it returns that user's non-anonymous comments
    in the course given by `course_id` (which is then required), outside the context of any thread, so
    no endorsement information is included; `thread_id` is ignored. Without a `username`, it returns the
    comments of the thread given by `thread_id` (which is then required) with everything the forum uses;
    `course_id` is ignored, since the thread belongs to a course. The doc's parameter list names none of
    these three parameters, and it does not describe the body.

    Args:
        username (str | Unset):
        course_id (str | Unset):
        thread_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        client=client,
        username=username,
        course_id=course_id,
        thread_id=thread_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> Response[Any]:
    """List comments

    Lists comments in one of two modes. With a `username`, it returns that user's non-anonymous comments
    in the course given by `course_id` (which is then required), outside the context of any thread, so
    no endorsement information is included; `thread_id` is ignored. Without a `username`, it returns the
    comments of the thread given by `thread_id` (which is then required) with everything the forum uses;
    `course_id` is ignored, since the thread belongs to a course. The doc's parameter list names none of
    these three parameters, and it does not describe the body.

    Args:
        username (str | Unset):
        course_id (str | Unset):
        thread_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        course_id=course_id,
        thread_id=thread_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> Any:
    """List comments

    Lists comments in one of two modes. With a `username`, it returns that user's non-anonymous comments
    in the course given by `course_id` (which is then required), outside the context of any thread, so
    no endorsement information is included; `thread_id` is ignored. Without a `username`, it returns the
    comments of the thread given by `thread_id` (which is then required) with everything the forum uses;
    `course_id` is ignored, since the thread belongs to a course. The doc's parameter list names none of
    these three parameters, and it does not describe the body.

    Args:
        username (str | Unset):
        course_id (str | Unset):
        thread_id (str | Unset):

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
            client=client,
            username=username,
            course_id=course_id,
            thread_id=thread_id,
        )
    ).parsed
