from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_course_settings_merge_patch import (
    DiscussionCourseSettingsMergePatch,
)
from ...types import Response


def _get_kwargs(
    course_id: str,
    *,
    body: DiscussionCourseSettingsMergePatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/discussion/v1/courses/{course_id}/settings".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 204:
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
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionCourseSettingsMergePatch,
) -> Response[Any]:
    """Update a course's discussion settings

    Changes the discussion settings of the course named in the path. The body is a JSON merge patch
    (`application/merge-patch+json`, else 415) of the division settings; a patch naming none of them, or
    an invalid value, answers 400, and success answers 204 with no body. Only global staff may change
    them (403 for others).

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (DiscussionCourseSettingsMergePatch): The changes to a course's discussion settings,
            as a JSON merge patch; at least one setting must be sent.

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
    body: DiscussionCourseSettingsMergePatch,
) -> Any:
    """Update a course's discussion settings

    Changes the discussion settings of the course named in the path. The body is a JSON merge patch
    (`application/merge-patch+json`, else 415) of the division settings; a patch naming none of them, or
    an invalid value, answers 400, and success answers 204 with no body. Only global staff may change
    them (403 for others).

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (DiscussionCourseSettingsMergePatch): The changes to a course's discussion settings,
            as a JSON merge patch; at least one setting must be sent.

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
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionCourseSettingsMergePatch,
) -> Response[Any]:
    """Update a course's discussion settings

    Changes the discussion settings of the course named in the path. The body is a JSON merge patch
    (`application/merge-patch+json`, else 415) of the division settings; a patch naming none of them, or
    an invalid value, answers 400, and success answers 204 with no body. Only global staff may change
    them (403 for others).

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (DiscussionCourseSettingsMergePatch): The changes to a course's discussion settings,
            as a JSON merge patch; at least one setting must be sent.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionCourseSettingsMergePatch,
) -> Any:
    """Update a course's discussion settings

    Changes the discussion settings of the course named in the path. The body is a JSON merge patch
    (`application/merge-patch+json`, else 415) of the division settings; a patch naming none of them, or
    an invalid value, answers 400, and success answers 204 with no body. Only global staff may change
    them (403 for others).

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (DiscussionCourseSettingsMergePatch): The changes to a course's discussion settings,
            as a JSON merge patch; at least one setting must be sent.

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
            client=client,
            body=body,
        )
    ).parsed
