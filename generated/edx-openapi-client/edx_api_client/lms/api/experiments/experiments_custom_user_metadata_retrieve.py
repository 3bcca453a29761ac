from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.experiments_user_metadata import ExperimentsUserMetadata
from ...types import Response


def _get_kwargs(
    username: str,
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/experiments/v0/custom/userMetadata/{username},{course_id}".format(
            username=quote(str(username), safe=""),
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExperimentsUserMetadata:
    if response.status_code == 200:
        response_200 = ExperimentsUserMetadata.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExperimentsUserMetadata]:
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
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ExperimentsUserMetadata]:
    """Get a user's metadata for a course

    Returns the experiment metadata of the user `username` for the course `course_id`, both given in one
    path segment separated by a comma. A learner may read only their own metadata; global staff may read
    anyone's (others get 403). An unknown user or course is answered 404 with a message.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. Only global staff
    may read another user's metadata; a learner only their own. An unknown user or course is answered
    404 with a message.

    Args:
        username (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ExperimentsUserMetadata]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        course_id=course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ExperimentsUserMetadata:
    """Get a user's metadata for a course

    Returns the experiment metadata of the user `username` for the course `course_id`, both given in one
    path segment separated by a comma. A learner may read only their own metadata; global staff may read
    anyone's (others get 403). An unknown user or course is answered 404 with a message.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. Only global staff
    may read another user's metadata; a learner only their own. An unknown user or course is answered
    404 with a message.

    Args:
        username (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ExperimentsUserMetadata
    """

    return sync_detailed(
        username=username,
        course_id=course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ExperimentsUserMetadata]:
    """Get a user's metadata for a course

    Returns the experiment metadata of the user `username` for the course `course_id`, both given in one
    path segment separated by a comma. A learner may read only their own metadata; global staff may read
    anyone's (others get 403). An unknown user or course is answered 404 with a message.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. Only global staff
    may read another user's metadata; a learner only their own. An unknown user or course is answered
    404 with a message.

    Args:
        username (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ExperimentsUserMetadata]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        course_id=course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ExperimentsUserMetadata:
    """Get a user's metadata for a course

    Returns the experiment metadata of the user `username` for the course `course_id`, both given in one
    path segment separated by a comma. A learner may read only their own metadata; global staff may read
    anyone's (others get 403). An unknown user or course is answered 404 with a message.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. Only global staff
    may read another user's metadata; a learner only their own. An unknown user or course is answered
    404 with a message.

    Args:
        username (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ExperimentsUserMetadata
    """

    return (
        await asyncio_detailed(
            username=username,
            course_id=course_id,
            client=client,
        )
    ).parsed
