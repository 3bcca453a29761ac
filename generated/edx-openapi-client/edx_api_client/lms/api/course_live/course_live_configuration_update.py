from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_live_configuration import CourseLiveConfiguration
from ...types import Response


def _get_kwargs(
    course_id: str,
    *,
    body: CourseLiveConfiguration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/course_live/course/{course_id}/".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseLiveConfiguration:
    if response.status_code == 200:
        response_200 = CourseLiveConfiguration.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseLiveConfiguration]:
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
    *,
    client: AuthenticatedClient | Client,
    body: CourseLiveConfiguration,
) -> Response[CourseLiveConfiguration]:
    """Set a course's live configuration

    Stores the live configuration of the course `course_id` and returns it. The provider is looked up
    among the enabled ones by `provider_type`. When the course does not allow sharing personal
    information with LTI tools and the provider needs it, nothing is stored and the answer is still 200,
    with `pii_sharing_allowed: false` and a `message`. An invalid configuration (an unknown provider, a
    free tier the provider does not offer, a missing or malformed `custom_instructor_email` for Zoom)
    answers 400 with the serializer's errors. Only the course's staff or instructors and global staff
    may call it (403 for others); an unknown course answers 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (CourseLiveConfiguration): The live (LTI) provider configuration of a course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseLiveConfiguration]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CourseLiveConfiguration,
) -> CourseLiveConfiguration:
    """Set a course's live configuration

    Stores the live configuration of the course `course_id` and returns it. The provider is looked up
    among the enabled ones by `provider_type`. When the course does not allow sharing personal
    information with LTI tools and the provider needs it, nothing is stored and the answer is still 200,
    with `pii_sharing_allowed: false` and a `message`. An invalid configuration (an unknown provider, a
    free tier the provider does not offer, a missing or malformed `custom_instructor_email` for Zoom)
    answers 400 with the serializer's errors. Only the course's staff or instructors and global staff
    may call it (403 for others); an unknown course answers 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (CourseLiveConfiguration): The live (LTI) provider configuration of a course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseLiveConfiguration
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CourseLiveConfiguration,
) -> Response[CourseLiveConfiguration]:
    """Set a course's live configuration

    Stores the live configuration of the course `course_id` and returns it. The provider is looked up
    among the enabled ones by `provider_type`. When the course does not allow sharing personal
    information with LTI tools and the provider needs it, nothing is stored and the answer is still 200,
    with `pii_sharing_allowed: false` and a `message`. An invalid configuration (an unknown provider, a
    free tier the provider does not offer, a missing or malformed `custom_instructor_email` for Zoom)
    answers 400 with the serializer's errors. Only the course's staff or instructors and global staff
    may call it (403 for others); an unknown course answers 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (CourseLiveConfiguration): The live (LTI) provider configuration of a course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseLiveConfiguration]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CourseLiveConfiguration,
) -> CourseLiveConfiguration:
    """Set a course's live configuration

    Stores the live configuration of the course `course_id` and returns it. The provider is looked up
    among the enabled ones by `provider_type`. When the course does not allow sharing personal
    information with LTI tools and the provider needs it, nothing is stored and the answer is still 200,
    with `pii_sharing_allowed: false` and a `message`. An invalid configuration (an unknown provider, a
    free tier the provider does not offer, a missing or malformed `custom_instructor_email` for Zoom)
    answers 400 with the serializer's errors. Only the course's staff or instructors and global staff
    may call it (403 for others); an unknown course answers 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (CourseLiveConfiguration): The live (LTI) provider configuration of a course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseLiveConfiguration
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            body=body,
        )
    ).parsed
