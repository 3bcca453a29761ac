from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_team_topic_list import PaginatedTeamTopicList
from ...models.team_topics_list_order_by import TeamTopicsListOrderBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: TeamTopicsListOrderBy | Unset = UNSET,
    course_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params["course_id"] = course_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/team/v0/topics/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedTeamTopicList:
    if response.status_code == 200:
        response_200 = PaginatedTeamTopicList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedTeamTopicList]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: TeamTopicsListOrderBy | Unset = UNSET,
    course_id: str,
) -> Response[PaginatedTeamTopicList]:
    """List topics

    Returns the team topics of the course `course_id` one page at a time (12 unless `page_size` says
    otherwise), ordered by `order_by`; private managed topics are hidden from non-members. `course_id`
    is required (400 without it, 404 for one that does not parse or an unknown course). Learners
    enrolled in the course, its staff and discussion moderators and global staff may list (403 for
    others).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass the same check as its staff.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        order_by (TeamTopicsListOrderBy | Unset):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedTeamTopicList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        order_by=order_by,
        course_id=course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: TeamTopicsListOrderBy | Unset = UNSET,
    course_id: str,
) -> PaginatedTeamTopicList:
    """List topics

    Returns the team topics of the course `course_id` one page at a time (12 unless `page_size` says
    otherwise), ordered by `order_by`; private managed topics are hidden from non-members. `course_id`
    is required (400 without it, 404 for one that does not parse or an unknown course). Learners
    enrolled in the course, its staff and discussion moderators and global staff may list (403 for
    others).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass the same check as its staff.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        order_by (TeamTopicsListOrderBy | Unset):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedTeamTopicList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        order_by=order_by,
        course_id=course_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: TeamTopicsListOrderBy | Unset = UNSET,
    course_id: str,
) -> Response[PaginatedTeamTopicList]:
    """List topics

    Returns the team topics of the course `course_id` one page at a time (12 unless `page_size` says
    otherwise), ordered by `order_by`; private managed topics are hidden from non-members. `course_id`
    is required (400 without it, 404 for one that does not parse or an unknown course). Learners
    enrolled in the course, its staff and discussion moderators and global staff may list (403 for
    others).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass the same check as its staff.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        order_by (TeamTopicsListOrderBy | Unset):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedTeamTopicList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        order_by=order_by,
        course_id=course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: TeamTopicsListOrderBy | Unset = UNSET,
    course_id: str,
) -> PaginatedTeamTopicList:
    """List topics

    Returns the team topics of the course `course_id` one page at a time (12 unless `page_size` says
    otherwise), ordered by `order_by`; private managed topics are hidden from non-members. `course_id`
    is required (400 without it, 404 for one that does not parse or an unknown course). Learners
    enrolled in the course, its staff and discussion moderators and global staff may list (403 for
    others).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass the same check as its staff.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        order_by (TeamTopicsListOrderBy | Unset):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedTeamTopicList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            order_by=order_by,
            course_id=course_id,
        )
    ).parsed
