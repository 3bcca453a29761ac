from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.courseware_course import CoursewareCourse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_key_string: str,
    *,
    requested_fields: list[str] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_requested_fields: list[str] | Unset = UNSET
    if not isinstance(requested_fields, Unset):
        json_requested_fields = requested_fields

    params["requested_fields"] = json_requested_fields

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/courseware/course/{course_key_string}".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoursewareCourse:
    if response.status_code == 200:
        response_200 = CoursewareCourse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CoursewareCourse]:
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
    requested_fields: list[str] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[CoursewareCourse]:
    """Get a course's details for the learning pages

    Returns what the learning pages need to know about a course and the effective user: the catalog
    details (name, organization, dates, media, pacing), the user's enrollment, access expiration,
    upgrade offer, celebrations, weekly goal, entrance exam state, related programs and their progress,
    certificate data, and whether the user passes, must sign the integrity agreement or should see the
    course exit page. No sign-in is needed (an anonymous caller gets the course as an anonymous user
    sees it); global staff may name another user in `username` to see the course as that user, while for
    anyone else `username` is ignored. A course that does not exist or that the caller may not see
    answers 404.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, so anonymous callers are served. Only global staff may read the course as another user
    (`username`); the course's visibility to the effective user decides the 404.

    Args:
        course_key_string (str):
        requested_fields (list[str] | Unset):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursewareCourse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        requested_fields=requested_fields,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    requested_fields: list[str] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> CoursewareCourse:
    """Get a course's details for the learning pages

    Returns what the learning pages need to know about a course and the effective user: the catalog
    details (name, organization, dates, media, pacing), the user's enrollment, access expiration,
    upgrade offer, celebrations, weekly goal, entrance exam state, related programs and their progress,
    certificate data, and whether the user passes, must sign the integrity agreement or should see the
    course exit page. No sign-in is needed (an anonymous caller gets the course as an anonymous user
    sees it); global staff may name another user in `username` to see the course as that user, while for
    anyone else `username` is ignored. A course that does not exist or that the caller may not see
    answers 404.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, so anonymous callers are served. Only global staff may read the course as another user
    (`username`); the course's visibility to the effective user decides the 404.

    Args:
        course_key_string (str):
        requested_fields (list[str] | Unset):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursewareCourse
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
        requested_fields=requested_fields,
        username=username,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    requested_fields: list[str] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[CoursewareCourse]:
    """Get a course's details for the learning pages

    Returns what the learning pages need to know about a course and the effective user: the catalog
    details (name, organization, dates, media, pacing), the user's enrollment, access expiration,
    upgrade offer, celebrations, weekly goal, entrance exam state, related programs and their progress,
    certificate data, and whether the user passes, must sign the integrity agreement or should see the
    course exit page. No sign-in is needed (an anonymous caller gets the course as an anonymous user
    sees it); global staff may name another user in `username` to see the course as that user, while for
    anyone else `username` is ignored. A course that does not exist or that the caller may not see
    answers 404.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, so anonymous callers are served. Only global staff may read the course as another user
    (`username`); the course's visibility to the effective user decides the 404.

    Args:
        course_key_string (str):
        requested_fields (list[str] | Unset):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursewareCourse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        requested_fields=requested_fields,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    requested_fields: list[str] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> CoursewareCourse:
    """Get a course's details for the learning pages

    Returns what the learning pages need to know about a course and the effective user: the catalog
    details (name, organization, dates, media, pacing), the user's enrollment, access expiration,
    upgrade offer, celebrations, weekly goal, entrance exam state, related programs and their progress,
    certificate data, and whether the user passes, must sign the integrity agreement or should see the
    course exit page. No sign-in is needed (an anonymous caller gets the course as an anonymous user
    sees it); global staff may name another user in `username` to see the course as that user, while for
    anyone else `username` is ignored. A course that does not exist or that the caller may not see
    answers 404.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, so anonymous callers are served. Only global staff may read the course as another user
    (`username`); the course's visibility to the effective user decides the 404.

    Args:
        course_key_string (str):
        requested_fields (list[str] | Unset):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursewareCourse
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
            requested_fields=requested_fields,
            username=username,
        )
    ).parsed
