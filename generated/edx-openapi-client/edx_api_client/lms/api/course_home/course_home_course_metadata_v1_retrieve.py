from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_home_course_metadata import CourseHomeCourseMetadata
from ...types import Response


def _get_kwargs(
    course_key_string: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/course_home/v1/course_metadata/{course_key_string}".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseHomeCourseMetadata:
    if response.status_code == 200:
        response_200 = CourseHomeCourseMetadata.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseHomeCourseMetadata]:
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
) -> Response[CourseHomeCourseMetadata]:
    """Get the course metadata every Course Home page needs

    Returns the course facts every page of the Course Home micro-frontend needs: the course run key,
    number, organization and title, the (possibly masqueraded) user and whether that user is enrolled or
    staff, the course tabs to show, celebration data, the user's time zone and whether a certificate can
    be viewed. Anyone may call it, signed in or not; a course the caller may not see is answered 404.
    The same operation is served without `v1/` (`/course_home/course_metadata/{course_key_string}`).

    Who may call: anyone, signed in or not. No sign-in is needed; the answer describes the caller (or
    the learner a course staff member masquerades as), with null `username` for an anonymous caller. The
    caller's load access is reported in `course_access`, not enforced; a course the caller may not see
    is answered 404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeCourseMetadata]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> CourseHomeCourseMetadata:
    """Get the course metadata every Course Home page needs

    Returns the course facts every page of the Course Home micro-frontend needs: the course run key,
    number, organization and title, the (possibly masqueraded) user and whether that user is enrolled or
    staff, the course tabs to show, celebration data, the user's time zone and whether a certificate can
    be viewed. Anyone may call it, signed in or not; a course the caller may not see is answered 404.
    The same operation is served without `v1/` (`/course_home/course_metadata/{course_key_string}`).

    Who may call: anyone, signed in or not. No sign-in is needed; the answer describes the caller (or
    the learner a course staff member masquerades as), with null `username` for an anonymous caller. The
    caller's load access is reported in `course_access`, not enforced; a course the caller may not see
    is answered 404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeCourseMetadata
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseHomeCourseMetadata]:
    """Get the course metadata every Course Home page needs

    Returns the course facts every page of the Course Home micro-frontend needs: the course run key,
    number, organization and title, the (possibly masqueraded) user and whether that user is enrolled or
    staff, the course tabs to show, celebration data, the user's time zone and whether a certificate can
    be viewed. Anyone may call it, signed in or not; a course the caller may not see is answered 404.
    The same operation is served without `v1/` (`/course_home/course_metadata/{course_key_string}`).

    Who may call: anyone, signed in or not. No sign-in is needed; the answer describes the caller (or
    the learner a course staff member masquerades as), with null `username` for an anonymous caller. The
    caller's load access is reported in `course_access`, not enforced; a course the caller may not see
    is answered 404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeCourseMetadata]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> CourseHomeCourseMetadata:
    """Get the course metadata every Course Home page needs

    Returns the course facts every page of the Course Home micro-frontend needs: the course run key,
    number, organization and title, the (possibly masqueraded) user and whether that user is enrolled or
    staff, the course tabs to show, celebration data, the user's time zone and whether a certificate can
    be viewed. Anyone may call it, signed in or not; a course the caller may not see is answered 404.
    The same operation is served without `v1/` (`/course_home/course_metadata/{course_key_string}`).

    Who may call: anyone, signed in or not. No sign-in is needed; the answer describes the caller (or
    the learner a course staff member masquerades as), with null `username` for an anonymous caller. The
    caller's load access is reported in `course_access`, not enforced; a course the caller may not see
    is answered 404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeCourseMetadata
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
        )
    ).parsed
