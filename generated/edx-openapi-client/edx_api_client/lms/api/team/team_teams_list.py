from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_team_list import PaginatedTeamList
from ...models.team_teams_list_order_by import TeamTeamsListOrderBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str,
    topic_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    order_by: TeamTeamsListOrderBy | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["course_id"] = course_id

    params["topic_id"] = topic_id

    params["username"] = username

    params["text_search"] = text_search

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/team/v0/teams/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedTeamList:
    if response.status_code == 200:
        response_200 = PaginatedTeamList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedTeamList]:
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
    course_id: str,
    topic_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    order_by: TeamTeamsListOrderBy | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[PaginatedTeamList]:
    """List teams

    Returns the teams of the course `course_id` one page at a time, chosen with `page` and sized with
    `page_size`, filtered by `topic_id`, `username` and `text_search` and ordered by `order_by` (not
    together with `text_search`). `course_id` is required: 400 without it or for one that does not
    parse, 404 for an unknown course; a topic the course does not have answers 400. Learners enrolled in
    the course, its staff and discussion moderators and global staff may list (403 for others); teams of
    private managed topics are hidden from non-members. Answers 503 when the search engine cannot be
    reached.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass the same check as its staff.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        course_id (str):
        topic_id (str | Unset):
        username (str | Unset):
        text_search (str | Unset):
        order_by (TeamTeamsListOrderBy | Unset):
        expand (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedTeamList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        course_id=course_id,
        topic_id=topic_id,
        username=username,
        text_search=text_search,
        order_by=order_by,
        expand=expand,
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
    course_id: str,
    topic_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    order_by: TeamTeamsListOrderBy | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> PaginatedTeamList:
    """List teams

    Returns the teams of the course `course_id` one page at a time, chosen with `page` and sized with
    `page_size`, filtered by `topic_id`, `username` and `text_search` and ordered by `order_by` (not
    together with `text_search`). `course_id` is required: 400 without it or for one that does not
    parse, 404 for an unknown course; a topic the course does not have answers 400. Learners enrolled in
    the course, its staff and discussion moderators and global staff may list (403 for others); teams of
    private managed topics are hidden from non-members. Answers 503 when the search engine cannot be
    reached.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass the same check as its staff.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        course_id (str):
        topic_id (str | Unset):
        username (str | Unset):
        text_search (str | Unset):
        order_by (TeamTeamsListOrderBy | Unset):
        expand (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedTeamList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        course_id=course_id,
        topic_id=topic_id,
        username=username,
        text_search=text_search,
        order_by=order_by,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str,
    topic_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    order_by: TeamTeamsListOrderBy | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[PaginatedTeamList]:
    """List teams

    Returns the teams of the course `course_id` one page at a time, chosen with `page` and sized with
    `page_size`, filtered by `topic_id`, `username` and `text_search` and ordered by `order_by` (not
    together with `text_search`). `course_id` is required: 400 without it or for one that does not
    parse, 404 for an unknown course; a topic the course does not have answers 400. Learners enrolled in
    the course, its staff and discussion moderators and global staff may list (403 for others); teams of
    private managed topics are hidden from non-members. Answers 503 when the search engine cannot be
    reached.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass the same check as its staff.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        course_id (str):
        topic_id (str | Unset):
        username (str | Unset):
        text_search (str | Unset):
        order_by (TeamTeamsListOrderBy | Unset):
        expand (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedTeamList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        course_id=course_id,
        topic_id=topic_id,
        username=username,
        text_search=text_search,
        order_by=order_by,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str,
    topic_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    order_by: TeamTeamsListOrderBy | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> PaginatedTeamList:
    """List teams

    Returns the teams of the course `course_id` one page at a time, chosen with `page` and sized with
    `page_size`, filtered by `topic_id`, `username` and `text_search` and ordered by `order_by` (not
    together with `text_search`). `course_id` is required: 400 without it or for one that does not
    parse, 404 for an unknown course; a topic the course does not have answers 400. Learners enrolled in
    the course, its staff and discussion moderators and global staff may list (403 for others); teams of
    private managed topics are hidden from non-members. Answers 503 when the search engine cannot be
    reached.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass the same check as its staff.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        course_id (str):
        topic_id (str | Unset):
        username (str | Unset):
        text_search (str | Unset):
        order_by (TeamTeamsListOrderBy | Unset):
        expand (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedTeamList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            course_id=course_id,
            topic_id=topic_id,
            username=username,
            text_search=text_search,
            order_by=order_by,
            expand=expand,
        )
    ).parsed
