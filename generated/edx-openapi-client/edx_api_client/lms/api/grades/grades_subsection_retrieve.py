from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.grades_subsection_grade import GradesSubsectionGrade
from ...types import UNSET, Response, Unset


def _get_kwargs(
    subsection_id: str,
    *,
    user_id: int,
    history_record_limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["history_record_limit"] = history_record_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/grades/v1/subsection/{subsection_id}/".format(
            subsection_id=quote(str(subsection_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GradesSubsectionGrade:
    if response.status_code == 200:
        response_200 = GradesSubsectionGrade.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GradesSubsectionGrade]:
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
    subsection_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: int,
    history_record_limit: int | Unset = UNSET,
) -> Response[GradesSubsectionGrade]:
    """Retrieve a subsection grade

    Returns the grade of the learner `user_id` for the subsection named in the path, any override of it,
    and the history of changes made to it. Only the staff and instructors of the subsection's course,
    and global staff, may call it (others get 403). An unparsable subsection key or user id is answered
    404.

    Who may call: staff of the course `subsection_id`, or global staff. Anyone else gets 403. The course
    is the one the subsection belongs to; course author access to it is checked (course staff or
    instructor, or global staff).

    Args:
        subsection_id (str):
        user_id (int):
        history_record_limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[GradesSubsectionGrade]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        subsection_id=subsection_id,
        user_id=user_id,
        history_record_limit=history_record_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subsection_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: int,
    history_record_limit: int | Unset = UNSET,
) -> GradesSubsectionGrade:
    """Retrieve a subsection grade

    Returns the grade of the learner `user_id` for the subsection named in the path, any override of it,
    and the history of changes made to it. Only the staff and instructors of the subsection's course,
    and global staff, may call it (others get 403). An unparsable subsection key or user id is answered
    404.

    Who may call: staff of the course `subsection_id`, or global staff. Anyone else gets 403. The course
    is the one the subsection belongs to; course author access to it is checked (course staff or
    instructor, or global staff).

    Args:
        subsection_id (str):
        user_id (int):
        history_record_limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        GradesSubsectionGrade
    """

    return sync_detailed(
        subsection_id=subsection_id,
        client=client,
        user_id=user_id,
        history_record_limit=history_record_limit,
    ).parsed


async def asyncio_detailed(
    subsection_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: int,
    history_record_limit: int | Unset = UNSET,
) -> Response[GradesSubsectionGrade]:
    """Retrieve a subsection grade

    Returns the grade of the learner `user_id` for the subsection named in the path, any override of it,
    and the history of changes made to it. Only the staff and instructors of the subsection's course,
    and global staff, may call it (others get 403). An unparsable subsection key or user id is answered
    404.

    Who may call: staff of the course `subsection_id`, or global staff. Anyone else gets 403. The course
    is the one the subsection belongs to; course author access to it is checked (course staff or
    instructor, or global staff).

    Args:
        subsection_id (str):
        user_id (int):
        history_record_limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[GradesSubsectionGrade]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        subsection_id=subsection_id,
        user_id=user_id,
        history_record_limit=history_record_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subsection_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: int,
    history_record_limit: int | Unset = UNSET,
) -> GradesSubsectionGrade:
    """Retrieve a subsection grade

    Returns the grade of the learner `user_id` for the subsection named in the path, any override of it,
    and the history of changes made to it. Only the staff and instructors of the subsection's course,
    and global staff, may call it (others get 403). An unparsable subsection key or user id is answered
    404.

    Who may call: staff of the course `subsection_id`, or global staff. Anyone else gets 403. The course
    is the one the subsection belongs to; course author access to it is checked (course staff or
    instructor, or global staff).

    Args:
        subsection_id (str):
        user_id (int):
        history_record_limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        GradesSubsectionGrade
    """

    return (
        await asyncio_detailed(
            subsection_id=subsection_id,
            client=client,
            user_id=user_id,
            history_record_limit=history_record_limit,
        )
    ).parsed
