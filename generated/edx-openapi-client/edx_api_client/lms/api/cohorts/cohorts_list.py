from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cohort import Cohort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_key_string: str,
    *,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cohorts/v1/courses/{course_key_string}/cohorts/".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Cohort]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Cohort.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Cohort]]:
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
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[list[Cohort]]:
    """List the cohorts of a course

    Returns the cohorts of the course `course_key_string` as a plain list (no envelope), sorted by name
    in the direction `ordering` gives, one page at a time: `page` and `page_size` (at most 100) pick the
    page, and a page past the last answers 404; an `ordering` other than asc or desc answers 400. The
    course's staff and instructors, global staff, and the course's forum administrators, moderators and
    community TAs may list them; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs of the course may also read (GET only); the fake models
    them as course staff would be.

    Args:
        course_key_string (str):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[Cohort]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> list[Cohort]:
    """List the cohorts of a course

    Returns the cohorts of the course `course_key_string` as a plain list (no envelope), sorted by name
    in the direction `ordering` gives, one page at a time: `page` and `page_size` (at most 100) pick the
    page, and a page past the last answers 404; an `ordering` other than asc or desc answers 400. The
    course's staff and instructors, global staff, and the course's forum administrators, moderators and
    community TAs may list them; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs of the course may also read (GET only); the fake models
    them as course staff would be.

    Args:
        course_key_string (str):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[Cohort]
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
        ordering=ordering,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[list[Cohort]]:
    """List the cohorts of a course

    Returns the cohorts of the course `course_key_string` as a plain list (no envelope), sorted by name
    in the direction `ordering` gives, one page at a time: `page` and `page_size` (at most 100) pick the
    page, and a page past the last answers 404; an `ordering` other than asc or desc answers 400. The
    course's staff and instructors, global staff, and the course's forum administrators, moderators and
    community TAs may list them; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs of the course may also read (GET only); the fake models
    them as course staff would be.

    Args:
        course_key_string (str):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[Cohort]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> list[Cohort]:
    """List the cohorts of a course

    Returns the cohorts of the course `course_key_string` as a plain list (no envelope), sorted by name
    in the direction `ordering` gives, one page at a time: `page` and `page_size` (at most 100) pick the
    page, and a page past the last answers 404; an `ordering` other than asc or desc answers 400. The
    course's staff and instructors, global staff, and the course's forum administrators, moderators and
    community TAs may list them; other users get 403.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs of the course may also read (GET only); the fake models
    them as course staff would be.

    Args:
        course_key_string (str):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[Cohort]
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
            ordering=ordering,
            page=page,
            page_size=page_size,
        )
    ).parsed
