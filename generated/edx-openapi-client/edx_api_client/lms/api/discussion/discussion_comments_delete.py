from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    comment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/discussion/v1/comments/{comment_id}/".format(
            comment_id=quote(str(comment_id), safe=""),
        ),
    }

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
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete a comment

    Deletes the comment named in the path and answers 204 with no body. Only its author or a moderator
    of the course may delete it (403 for others); an unknown comment, or a caller not enrolled in its
    course (nor its staff), answers 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the comment, or be its staff or global staff, and (without moderation rights) in the comment's
    cohort group when its topic is divided; anyone else gets 404. The path names the comment, not its
    course, so the list cannot say it. Only the comment's author or a moderator may then delete it (403
    for the others).

    Args:
        comment_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        comment_id=comment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Delete a comment

    Deletes the comment named in the path and answers 204 with no body. Only its author or a moderator
    of the course may delete it (403 for others); an unknown comment, or a caller not enrolled in its
    course (nor its staff), answers 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the comment, or be its staff or global staff, and (without moderation rights) in the comment's
    cohort group when its topic is divided; anyone else gets 404. The path names the comment, not its
    course, so the list cannot say it. Only the comment's author or a moderator may then delete it (403
    for the others).

    Args:
        comment_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        comment_id=comment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete a comment

    Deletes the comment named in the path and answers 204 with no body. Only its author or a moderator
    of the course may delete it (403 for others); an unknown comment, or a caller not enrolled in its
    course (nor its staff), answers 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the comment, or be its staff or global staff, and (without moderation rights) in the comment's
    cohort group when its topic is divided; anyone else gets 404. The path names the comment, not its
    course, so the list cannot say it. Only the comment's author or a moderator may then delete it (403
    for the others).

    Args:
        comment_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        comment_id=comment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Delete a comment

    Deletes the comment named in the path and answers 204 with no body. Only its author or a moderator
    of the course may delete it (403 for others); an unknown comment, or a caller not enrolled in its
    course (nor its staff), answers 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the comment, or be its staff or global staff, and (without moderation rights) in the comment's
    cohort group when its topic is divided; anyone else gets 404. The path names the comment, not its
    course, so the list cannot say it. Only the comment's author or a moderator may then delete it (403
    for the others).

    Args:
        comment_id (str):

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
            comment_id=comment_id,
            client=client,
        )
    ).parsed
