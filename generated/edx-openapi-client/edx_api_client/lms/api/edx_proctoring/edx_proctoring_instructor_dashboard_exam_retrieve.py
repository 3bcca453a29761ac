from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    exam_id: int,
    *,
    attempt: str | Unset = UNSET,
    config: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["attempt"] = attempt

    params["config"] = config

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_proctoring/v1/instructor/{course_id}/{exam_id}".format(
            course_id=quote(str(course_id), safe=""),
            exam_id=quote(str(exam_id), safe=""),
        ),
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
    course_id: str,
    exam_id: int,
    *,
    client: AuthenticatedClient | Client,
    attempt: str | Unset = UNSET,
    config: str | Unset = UNSET,
) -> Response[Any]:
    """Go to the instructor dashboard of a course's exam

    Redirects to the page of the exam in the path on its proctoring service's dashboard; `attempt` names
    one attempt to review there and `config=true` opens the exam's configuration. Only the course's
    staff and global staff may call it (403 otherwise). An exam id that does not exist answers 400; a
    proctoring service without a dashboard answers 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        exam_id (int):
        attempt (str | Unset):
        config (str | Unset):

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
        exam_id=exam_id,
        attempt=attempt,
        config=config,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    exam_id: int,
    *,
    client: AuthenticatedClient | Client,
    attempt: str | Unset = UNSET,
    config: str | Unset = UNSET,
) -> Any:
    """Go to the instructor dashboard of a course's exam

    Redirects to the page of the exam in the path on its proctoring service's dashboard; `attempt` names
    one attempt to review there and `config=true` opens the exam's configuration. Only the course's
    staff and global staff may call it (403 otherwise). An exam id that does not exist answers 400; a
    proctoring service without a dashboard answers 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        exam_id (int):
        attempt (str | Unset):
        config (str | Unset):

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
        exam_id=exam_id,
        client=client,
        attempt=attempt,
        config=config,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    exam_id: int,
    *,
    client: AuthenticatedClient | Client,
    attempt: str | Unset = UNSET,
    config: str | Unset = UNSET,
) -> Response[Any]:
    """Go to the instructor dashboard of a course's exam

    Redirects to the page of the exam in the path on its proctoring service's dashboard; `attempt` names
    one attempt to review there and `config=true` opens the exam's configuration. Only the course's
    staff and global staff may call it (403 otherwise). An exam id that does not exist answers 400; a
    proctoring service without a dashboard answers 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        exam_id (int):
        attempt (str | Unset):
        config (str | Unset):

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
        exam_id=exam_id,
        attempt=attempt,
        config=config,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    exam_id: int,
    *,
    client: AuthenticatedClient | Client,
    attempt: str | Unset = UNSET,
    config: str | Unset = UNSET,
) -> Any:
    """Go to the instructor dashboard of a course's exam

    Redirects to the page of the exam in the path on its proctoring service's dashboard; `attempt` names
    one attempt to review there and `config=true` opens the exam's configuration. Only the course's
    staff and global staff may call it (403 otherwise). An exam id that does not exist answers 400; a
    proctoring service without a dashboard answers 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        exam_id (int):
        attempt (str | Unset):
        config (str | Unset):

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
            exam_id=exam_id,
            client=client,
            attempt=attempt,
            config=config,
        )
    ).parsed
