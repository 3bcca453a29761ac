from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_team_membership_list import PaginatedTeamMembershipList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    teamset_id: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["username"] = username

    params["team_id"] = team_id

    params["teamset_id"] = teamset_id

    params["course_id"] = course_id

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/team/v0/team_membership/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedTeamMembershipList:
    if response.status_code == 200:
        response_200 = PaginatedTeamMembershipList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedTeamMembershipList]:
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
    username: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    teamset_id: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[PaginatedTeamMembershipList]:
    """List team memberships

    Returns team memberships one page at a time, chosen with `page` and sized with `page_size`. At least
    one of `username`, `team_id` or `teamset_id` is needed (400 otherwise); `team_id` and `teamset_id`
    exclude each other, and `teamset_id` needs `course_id`. Any signed-in user may call it, but sees
    only what their courses allow: a team or teamset of a course where the caller is neither enrolled
    nor staff answers 404, as do an unknown team or teamset and a `course_id` that does not parse, and a
    `username` search lists only memberships in the caller's own courses (all courses for global staff).

    Who may call: any signed-in user. Anyone else gets 403. What the list shows depends on the caller:
    enrolment or staff access in the team's course for team_id and teamset_id, the caller's own courses
    for a username search unless global staff. The course's discussion administrators, moderators and
    community TAs pass the same check as its staff.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        username (str | Unset):
        team_id (str | Unset):
        teamset_id (str | Unset):
        course_id (str | Unset):
        expand (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedTeamMembershipList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        username=username,
        team_id=team_id,
        teamset_id=teamset_id,
        course_id=course_id,
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
    username: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    teamset_id: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> PaginatedTeamMembershipList:
    """List team memberships

    Returns team memberships one page at a time, chosen with `page` and sized with `page_size`. At least
    one of `username`, `team_id` or `teamset_id` is needed (400 otherwise); `team_id` and `teamset_id`
    exclude each other, and `teamset_id` needs `course_id`. Any signed-in user may call it, but sees
    only what their courses allow: a team or teamset of a course where the caller is neither enrolled
    nor staff answers 404, as do an unknown team or teamset and a `course_id` that does not parse, and a
    `username` search lists only memberships in the caller's own courses (all courses for global staff).

    Who may call: any signed-in user. Anyone else gets 403. What the list shows depends on the caller:
    enrolment or staff access in the team's course for team_id and teamset_id, the caller's own courses
    for a username search unless global staff. The course's discussion administrators, moderators and
    community TAs pass the same check as its staff.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        username (str | Unset):
        team_id (str | Unset):
        teamset_id (str | Unset):
        course_id (str | Unset):
        expand (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedTeamMembershipList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        username=username,
        team_id=team_id,
        teamset_id=teamset_id,
        course_id=course_id,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    teamset_id: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[PaginatedTeamMembershipList]:
    """List team memberships

    Returns team memberships one page at a time, chosen with `page` and sized with `page_size`. At least
    one of `username`, `team_id` or `teamset_id` is needed (400 otherwise); `team_id` and `teamset_id`
    exclude each other, and `teamset_id` needs `course_id`. Any signed-in user may call it, but sees
    only what their courses allow: a team or teamset of a course where the caller is neither enrolled
    nor staff answers 404, as do an unknown team or teamset and a `course_id` that does not parse, and a
    `username` search lists only memberships in the caller's own courses (all courses for global staff).

    Who may call: any signed-in user. Anyone else gets 403. What the list shows depends on the caller:
    enrolment or staff access in the team's course for team_id and teamset_id, the caller's own courses
    for a username search unless global staff. The course's discussion administrators, moderators and
    community TAs pass the same check as its staff.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        username (str | Unset):
        team_id (str | Unset):
        teamset_id (str | Unset):
        course_id (str | Unset):
        expand (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedTeamMembershipList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        username=username,
        team_id=team_id,
        teamset_id=teamset_id,
        course_id=course_id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    teamset_id: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> PaginatedTeamMembershipList:
    """List team memberships

    Returns team memberships one page at a time, chosen with `page` and sized with `page_size`. At least
    one of `username`, `team_id` or `teamset_id` is needed (400 otherwise); `team_id` and `teamset_id`
    exclude each other, and `teamset_id` needs `course_id`. Any signed-in user may call it, but sees
    only what their courses allow: a team or teamset of a course where the caller is neither enrolled
    nor staff answers 404, as do an unknown team or teamset and a `course_id` that does not parse, and a
    `username` search lists only memberships in the caller's own courses (all courses for global staff).

    Who may call: any signed-in user. Anyone else gets 403. What the list shows depends on the caller:
    enrolment or staff access in the team's course for team_id and teamset_id, the caller's own courses
    for a username search unless global staff. The course's discussion administrators, moderators and
    community TAs pass the same check as its staff.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        username (str | Unset):
        team_id (str | Unset):
        teamset_id (str | Unset):
        course_id (str | Unset):
        expand (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedTeamMembershipList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            username=username,
            team_id=team_id,
            teamset_id=teamset_id,
            course_id=course_id,
            expand=expand,
        )
    ).parsed
