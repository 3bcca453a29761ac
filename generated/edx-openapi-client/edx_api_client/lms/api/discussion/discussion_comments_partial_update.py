from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_comment import DiscussionComment
from ...models.discussion_comment_merge_patch import DiscussionCommentMergePatch
from ...types import Response


def _get_kwargs(
    comment_id: str,
    *,
    body: DiscussionCommentMergePatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/discussion/v1/comments/{comment_id}/".format(
            comment_id=quote(str(comment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscussionComment:
    if response.status_code == 200:
        response_200 = DiscussionComment.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscussionComment]:
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
    body: DiscussionCommentMergePatch,
) -> Response[DiscussionComment]:
    """Update a comment

    Changes the comment named in the path and answers the changed comment. The body is a JSON merge
    patch (`application/merge-patch+json`; any other content type answers 415) of the comment's editable
    fields: its body and anonymity (its author, or a moderator for the body), an edit reason
    (moderators), endorsement (moderators, or the author of a question thread), and the caller's own
    vote and abuse flag. A field the caller may not edit answers 400; a caller not enrolled in the
    comment's course (nor its staff) gets 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the comment, or be its staff or global staff, and (without moderation rights) in the comment's
    cohort group when its topic is divided; anyone else gets 404. The path names the comment, not its
    course, so the list cannot say it. Which fields a caller may change depends on authorship and
    moderation rights (400 for the others).

    Args:
        comment_id (str):
        body (DiscussionCommentMergePatch): The changes to a comment, as a JSON merge patch. The
            caller may only send the fields its `editable_fields` lists; the others answer 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionComment]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        comment_id=comment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionCommentMergePatch,
) -> DiscussionComment:
    """Update a comment

    Changes the comment named in the path and answers the changed comment. The body is a JSON merge
    patch (`application/merge-patch+json`; any other content type answers 415) of the comment's editable
    fields: its body and anonymity (its author, or a moderator for the body), an edit reason
    (moderators), endorsement (moderators, or the author of a question thread), and the caller's own
    vote and abuse flag. A field the caller may not edit answers 400; a caller not enrolled in the
    comment's course (nor its staff) gets 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the comment, or be its staff or global staff, and (without moderation rights) in the comment's
    cohort group when its topic is divided; anyone else gets 404. The path names the comment, not its
    course, so the list cannot say it. Which fields a caller may change depends on authorship and
    moderation rights (400 for the others).

    Args:
        comment_id (str):
        body (DiscussionCommentMergePatch): The changes to a comment, as a JSON merge patch. The
            caller may only send the fields its `editable_fields` lists; the others answer 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionComment
    """

    return sync_detailed(
        comment_id=comment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionCommentMergePatch,
) -> Response[DiscussionComment]:
    """Update a comment

    Changes the comment named in the path and answers the changed comment. The body is a JSON merge
    patch (`application/merge-patch+json`; any other content type answers 415) of the comment's editable
    fields: its body and anonymity (its author, or a moderator for the body), an edit reason
    (moderators), endorsement (moderators, or the author of a question thread), and the caller's own
    vote and abuse flag. A field the caller may not edit answers 400; a caller not enrolled in the
    comment's course (nor its staff) gets 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the comment, or be its staff or global staff, and (without moderation rights) in the comment's
    cohort group when its topic is divided; anyone else gets 404. The path names the comment, not its
    course, so the list cannot say it. Which fields a caller may change depends on authorship and
    moderation rights (400 for the others).

    Args:
        comment_id (str):
        body (DiscussionCommentMergePatch): The changes to a comment, as a JSON merge patch. The
            caller may only send the fields its `editable_fields` lists; the others answer 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionComment]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        comment_id=comment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionCommentMergePatch,
) -> DiscussionComment:
    """Update a comment

    Changes the comment named in the path and answers the changed comment. The body is a JSON merge
    patch (`application/merge-patch+json`; any other content type answers 415) of the comment's editable
    fields: its body and anonymity (its author, or a moderator for the body), an edit reason
    (moderators), endorsement (moderators, or the author of a question thread), and the caller's own
    vote and abuse flag. A field the caller may not edit answers 400; a caller not enrolled in the
    comment's course (nor its staff) gets 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the comment, or be its staff or global staff, and (without moderation rights) in the comment's
    cohort group when its topic is divided; anyone else gets 404. The path names the comment, not its
    course, so the list cannot say it. Which fields a caller may change depends on authorship and
    moderation rights (400 for the others).

    Args:
        comment_id (str):
        body (DiscussionCommentMergePatch): The changes to a comment, as a JSON merge patch. The
            caller may only send the fields its `editable_fields` lists; the others answer 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionComment
    """

    return (
        await asyncio_detailed(
            comment_id=comment_id,
            client=client,
            body=body,
        )
    ).parsed
