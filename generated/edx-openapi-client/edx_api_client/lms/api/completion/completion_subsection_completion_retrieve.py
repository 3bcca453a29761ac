from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.completion_subsection_completion import CompletionSubsectionCompletion
from ...types import Response


def _get_kwargs(
    username: str,
    course_key: str,
    subsection_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/completion/v1/subsection-completion/{username}/{course_key}/{subsection_id}".format(
            username=quote(str(username), safe=""),
            course_key=quote(str(course_key), safe=""),
            subsection_id=quote(str(subsection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompletionSubsectionCompletion:
    if response.status_code == 200:
        response_200 = CompletionSubsectionCompletion.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompletionSubsectionCompletion]:
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
    username: str,
    course_key: str,
    subsection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CompletionSubsectionCompletion]:
    """Retrieve a user's completion of a subsection

    Returns how far one user has completed one subsection of a course, as a single `completion` value.
    Only the user named in the path may ask: another signed-in user is answered 404 (so accounts cannot
    be probed), a global staff user 403.

    Who may call: the user named by `username`. Anyone else gets 404. A global staff user asking for
    someone else gets 403 instead of 404.

    Args:
        username (str):
        course_key (str):
        subsection_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CompletionSubsectionCompletion]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        course_key=course_key,
        subsection_id=subsection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    course_key: str,
    subsection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CompletionSubsectionCompletion:
    """Retrieve a user's completion of a subsection

    Returns how far one user has completed one subsection of a course, as a single `completion` value.
    Only the user named in the path may ask: another signed-in user is answered 404 (so accounts cannot
    be probed), a global staff user 403.

    Who may call: the user named by `username`. Anyone else gets 404. A global staff user asking for
    someone else gets 403 instead of 404.

    Args:
        username (str):
        course_key (str):
        subsection_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CompletionSubsectionCompletion
    """

    return sync_detailed(
        username=username,
        course_key=course_key,
        subsection_id=subsection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    course_key: str,
    subsection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CompletionSubsectionCompletion]:
    """Retrieve a user's completion of a subsection

    Returns how far one user has completed one subsection of a course, as a single `completion` value.
    Only the user named in the path may ask: another signed-in user is answered 404 (so accounts cannot
    be probed), a global staff user 403.

    Who may call: the user named by `username`. Anyone else gets 404. A global staff user asking for
    someone else gets 403 instead of 404.

    Args:
        username (str):
        course_key (str):
        subsection_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CompletionSubsectionCompletion]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        course_key=course_key,
        subsection_id=subsection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    course_key: str,
    subsection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CompletionSubsectionCompletion:
    """Retrieve a user's completion of a subsection

    Returns how far one user has completed one subsection of a course, as a single `completion` value.
    Only the user named in the path may ask: another signed-in user is answered 404 (so accounts cannot
    be probed), a global staff user 403.

    Who may call: the user named by `username`. Anyone else gets 404. A global staff user asking for
    someone else gets 403 instead of 404.

    Args:
        username (str):
        course_key (str):
        subsection_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CompletionSubsectionCompletion
    """

    return (
        await asyncio_detailed(
            username=username,
            course_key=course_key,
            subsection_id=subsection_id,
            client=client,
        )
    ).parsed
